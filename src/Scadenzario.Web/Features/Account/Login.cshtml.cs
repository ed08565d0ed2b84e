using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<WebUser> signIn, LoginThrottle throttle) : PageModel
{
    /// <summary>
    /// The one answer to every refused login, whatever the reason (unknown name, wrong password,
    /// account locked or disabled): the page must not tell which accounts exist.
    /// </summary>
    public const string Refused = "Nome utente o password non corretti, oppure account non attivo. In caso di dubbio rivolgersi all'amministratore.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    // Bound from the form and never echoed back, logged or kept beyond the sign-in.
    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    /// <summary>The fields left empty, each told next to its field (nothing is tried then).</summary>
    public FieldErrors Errors { get; private set; } = new();

    /// <summary>"Restano 2 tentativi…": from the counter of the name and address, the same whether or not the account exists.</summary>
    public string? Warning { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            Errors.Add(nameof(UserName), "Indicare il nome utente.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add(nameof(Password), "Indicare la password.");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: false);
        Password = "";
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result is LoginThrottled)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = LoginThrottle.PageMessage;
            return Page();
        }

        Error = Refused;
        Warning = throttle.Warning(UserName.Trim(), HttpContext.Connection.RemoteIpAddress);
        return Page();
    }
}
