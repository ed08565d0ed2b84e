using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Scadenzario.Web.Features.Account;

/// <summary>
/// Every signed-in person changes their own password here (<see cref="PasswordChange"/>). The
/// change ends the account's other sessions and tokens; this browser is signed in again with the
/// new security stamp, so its owner goes on working.
/// </summary>
public sealed class PasswordModel(PasswordChange change, SignInManager<WebUser> signIn, IOptions<IdentityOptions> identity) : PageModel
{
    // Bound from the form and never echoed back, logged or kept.
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public FieldErrors Errors { get; private set; } = new();

    public bool Changed { get; private set; }

    public string Rules => PasswordRules.Description(identity.Value);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = signIn.UserManager.GetUserId(User) ?? throw new InvalidOperationException("a signed-in page without a user id");
        Errors = await change.ChangeAsync(id, new PasswordChangeRequest(Current ?? "", New ?? "", Confirmation ?? ""), cancellationToken);
        (Current, New, Confirmation) = (null, null, null);
        if (!Errors.Any)
        {
            var user = await signIn.UserManager.FindByIdAsync(id) ?? throw new InvalidOperationException("the account vanished after its password changed");
            // Sessions are never persistent (the login page signs in the same way).
            await signIn.SignInAsync(user, isPersistent: false);
            Changed = true;
        }

        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
