using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Scadenzario.Web.Infrastructure;

/// <summary>
/// Puts the user's ente and name into the cookie at sign-in, and the digest of the account's facts
/// (<see cref="AccountSessions.VersionClaimType"/>), by which every request sees whether the principal is still the account's.
/// </summary>
public sealed class ScadenzarioClaimsFactory(UserManager<WebUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AccountSessions sessions)
    : UserClaimsPrincipalFactory<WebUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WebUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.EnteCode is { } ente)
        {
            identity.AddClaim(new Claim(ScadenzarioClaims.Ente, ente));
        }

        identity.AddClaim(new Claim(ScadenzarioClaims.DisplayName, user.DisplayName));
        if (await sessions.VersionAsync(user.Id) is { } version)
        {
            identity.AddClaim(new Claim(AccountSessions.VersionClaimType, version));
        }

        return identity;
    }
}
