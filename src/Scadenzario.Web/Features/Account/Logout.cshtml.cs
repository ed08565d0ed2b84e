using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Account;

/// <summary>
/// Signing out is a POST with the anti-forgery token: a link on another site cannot sign a user out.
/// It ends every session of the account, not only this browser's cookie: a copied cookie or a
/// bearer token issued before stops working at once (<see cref="AccountSessions"/>).
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<WebUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && signIn.UserManager.GetUserId(User) is { } id)
        {
            await AccountSessions.EndAllAsync(signIn.UserManager, id);
        }

        await signIn.SignOutAsync();
        return Redirect("/accesso");
    }
}
