using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Scadenzario.Accounts;

/// <summary>
/// Whether a signed-in principal, from a cookie or a bearer token, still stands for a live sign-in.
/// Every sign-in carries the account's security stamp; logging out, disabling the account and
/// resetting its password change the stamp, so every cookie and token issued before stops working
/// on its next request, on every node, with nothing to remember per session. The price is one
/// primary-key lookup per authenticated request.
/// </summary>
public sealed class AccountSessions(AccountsDb db, UserManager<WebUser> users, IOptions<IdentityOptions> options)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var claims = options.Value.ClaimsIdentity;
        var id = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return false;
        }

        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        // A disabled account has a new stamp already; the lockout is checked as well so that a
        // stamp left unchanged by some other path cannot revive it.
        return account is not null && account.SecurityStamp == stamp && account.LockoutEnd != AccountAdministration.Forever;
    }

    /// <summary>Ends every cookie session and every bearer token of the account (logout ends them all, not only this browser's).</summary>
    public async Task EndAllAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("security stamp not updated: " + string.Join("; ", result.Errors.Select(e => e.Code)));
            }
        }
    }
}
