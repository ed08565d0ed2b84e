using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Amministrazione;

/// <summary>Creates an account and shows its initial password once.</summary>
public sealed class NuovoModel(AccountAdministration accounts) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Role { get; set; } = Roles.Operatore;

    [BindProperty]
    public string? EnteCode { get; set; }

    /// <summary>Every field the rules refused and why, to mark each in the form.</summary>
    public AccountException? Error { get; private set; }

    public string? CreatedPassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            CreatedPassword = await accounts.CreateAsync(new NewAccount(UserName ?? "", Email, Role ?? "", EnteCode, DisplayName), EnteAccess.ActorName(User), cancellationToken);
            // The answer carries the only copy of the password: never cached.
            Response.Headers.CacheControl = "no-store";
        }
        catch (AccountException e)
        {
            // 200 like the login form: htmx (boosted forms) swaps no error response, so a 422
            // would leave the user looking at the form without the message.
            Error = e;
        }

        return Page();
    }

    public string? ErrorFor(string field) => Error?.Errors.For(field);
}
