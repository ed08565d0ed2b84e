using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Scadenzario.Web.Features.Account;

/// <summary>
/// The page the emailed link opens: the new password, typed twice (<see cref="PasswordResets"/>).
/// A link already used, expired or made up gets the same answer, and no form. The token travels in
/// the address only as far as this page (Referrer-Policy: no-referrer keeps it from other sites) and
/// then in the form's hidden field.
/// </summary>
[AllowAnonymous]
public sealed class ReimpostaModel(PasswordResets resets, IOptions<IdentityOptions> identity) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    // Bound from the form and never echoed back, logged or kept.
    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public FieldErrors Errors { get; private set; } = new();

    public bool Chosen { get; private set; }

    public string Rules => PasswordRules.Description(identity.Value);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await resets.IsValidAsync(Token, cancellationToken))
        {
            Errors.Add(PasswordResets.TokenField, PasswordResets.NoLongerValid);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Errors = await resets.ChooseAsync(new PasswordResetChoice(Token ?? "", New ?? "", Confirmation ?? ""), cancellationToken);
        (New, Confirmation) = (null, null);
        Chosen = !Errors.Any;
        return Page();
    }
}
