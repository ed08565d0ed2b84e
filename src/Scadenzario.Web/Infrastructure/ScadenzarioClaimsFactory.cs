using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Scadenzario.Web.Infrastructure;

/// <summary>Puts the user's ente and name into the cookie at sign-in.</summary>
public sealed class ScadenzarioClaimsFactory(UserManager<WebUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
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
        return identity;
    }
}
