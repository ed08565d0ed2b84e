using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Scadenzario.Accounts;

/// <summary>What a signed-in principal is worth against its account now.</summary>
public enum SessionState
{
    /// <summary>Logged out, disabled, password reset or changed, or no such account: refuse it.</summary>
    Ended,

    /// <summary>The same sign-in, and the account still has the name, email, ente, roles and claims the principal carries.</summary>
    Current,

    /// <summary>The same sign-in, but something the principal carries has changed: build it again from the account.</summary>
    Changed,
}

/// <summary>
/// Whether a signed-in principal, from a cookie or a bearer token, still stands for a live sign-in.
/// Every sign-in carries the account's security stamp; logging out, disabling the account and
/// resetting its password change the stamp, so every cookie and token issued before stops working
/// on its next request, on every node, with nothing to remember per session. The sign-in also
/// carries a digest of what its claims are made of (<see cref="VersionClaimType"/>), checked by the
/// same statement: a change of role, ente or name is seen on the next request, not a minute later.
/// The price is one primary-key lookup per authenticated request, in plain SQL (no DbContext).
/// </summary>
public sealed class AccountSessions(NpgsqlDataSource dataSource, IOptions<IdentityOptions> options)
{
    /// <summary>The claim with the digest of the account's facts at sign-in (<see cref="VersionAsync"/>).</summary>
    public const string VersionClaimType = "scadenzario:versione";

    // Everything Identity's claims factory and ScadenzarioClaimsFactory build a principal from:
    // the user's columns, its roles, its own claims and its roles' claims. Arrays are ordered, so
    // the same facts give the same digest.
    private const string AccountSql = """
        SELECT u.security_stamp, u.lockout_end, u.user_name, u.email, u.ente_code, u.display_name,
               ARRAY(SELECT r.name FROM asp_net_user_roles ur JOIN asp_net_roles r ON r.id = ur.role_id
                     WHERE ur.user_id = u.id ORDER BY r.name) AS roles,
               ARRAY(SELECT c.claim_type || '=' || coalesce(c.claim_value, '') FROM asp_net_user_claims c
                     WHERE c.user_id = u.id ORDER BY 1) AS user_claims,
               ARRAY(SELECT rc.claim_type || '=' || coalesce(rc.claim_value, '') FROM asp_net_user_roles ur
                     JOIN asp_net_role_claims rc ON rc.role_id = ur.role_id WHERE ur.user_id = u.id ORDER BY 1) AS role_claims
        FROM asp_net_users u
        WHERE u.id = $1
        """;

    public async Task<SessionState> CheckAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var claims = options.Value.ClaimsIdentity;
        var id = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null || stamp is null)
        {
            return SessionState.Ended;
        }

        var account = await ReadAsync(id, cancellationToken);
        // A disabled account has a new stamp already; the lockout is checked as well so that a
        // stamp left unchanged by some other path cannot revive it. Compared here, not in SQL:
        // the end of time is not a value to trust SQL with.
        if (account is null || account.SecurityStamp != stamp || account.LockoutEnd == AccountAdministration.Forever)
        {
            return SessionState.Ended;
        }

        return principal.FindFirstValue(VersionClaimType) == account.Version ? SessionState.Current : SessionState.Changed;
    }

    /// <summary>Whether the principal's sign-in is still live, whatever its claims (the bearer tokens' check).</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default) =>
        await CheckAsync(principal, cancellationToken) != SessionState.Ended;

    /// <summary>The digest of the account's facts, for the claim the claims factory adds at sign-in; null for no such account.</summary>
    public async Task<string?> VersionAsync(string userId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(userId, cancellationToken))?.Version;

    /// <summary>Ends every cookie session and every bearer token of the account (logout ends them all, not only this browser's).</summary>
    public static async Task EndAllAsync(UserManager<WebUser> users, string userId)
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

    private sealed record Account(string? SecurityStamp, DateTimeOffset? LockoutEnd, string Version);

    private async Task<Account?> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(AccountSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        string?[] facts = [Text(2), Text(3), Text(4), Text(5)];
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object?[]
        {
            facts, reader.GetFieldValue<string[]>(6), reader.GetFieldValue<string[]>(7), reader.GetFieldValue<string[]>(8),
        })));
        return new Account(
            Text(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
            Convert.ToBase64String(digest, 0, 16));
    }
}
