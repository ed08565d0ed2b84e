using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Scadenzario.Accounts;

/// <summary>One emailed link to choose a new password (migrations/0024_password_reset.sql); the token itself is never stored.</summary>
public sealed class PasswordResetToken
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>SHA-256 of the token in the link.</summary>
    public required byte[] TokenHash { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant ExpiresAt { get; set; }

    /// <summary>When the link was used, or made useless by a later reset; null while it works.</summary>
    public Instant? UsedAt { get; set; }
}

/// <summary>A link to send: to whom, for which account, and the token that only the message carries.</summary>
public sealed record PasswordResetLink(long Id, string UserName, string DisplayName, string Email, string Token, Instant ExpiresAt);

/// <summary>What a person types on the page the link opens.</summary>
public sealed record PasswordResetChoice(string Token, string New, string Confirmation);

/// <summary>
/// The reset of a forgotten password by an emailed link. A link holds 256 random bits, works once
/// and for <see cref="Lifetime"/>; only its hash is kept, so neither a copy of the database nor the
/// outbox's sent messages (which do hold the link) open an account after it was used or expired.
/// Asking tells nothing: whatever was typed, the caller answers the same (this class returns the
/// links to send, possibly none). A disabled account, or one without an email address, gets none.
/// Choosing the password ends every session and bearer token of the account (a new security stamp)
/// and every other link still open for it.
/// </summary>
public sealed class PasswordResets(UserManager<WebUser> users, AccountsDb db, IClock clock)
{
    /// <summary>How long a link works: enough to read the mail at one's desk, short enough that a forwarded or archived message is soon harmless.</summary>
    public static readonly Duration Lifetime = Duration.FromMinutes(30);

    /// <summary>At most one new link per account in this time: a stranger typing a name over and over cannot flood its owner's mailbox.</summary>
    public static readonly Duration Spacing = Duration.FromMinutes(1);

    public const string TokenField = nameof(PasswordResetChoice.Token);
    public const string NewField = nameof(PasswordResetChoice.New);
    public const string ConfirmationField = nameof(PasswordResetChoice.Confirmation);

    public const string NoLongerValid = "Il collegamento per scegliere una nuova password non è più valido: è già stato usato oppure è scaduto. Richiederne uno nuovo.";

    private static readonly Duration Retention = Duration.FromDays(1);

    /// <summary>
    /// New links for the account named <paramref name="nameOrEmail"/> (a user name, or an email
    /// address, which several accounts may share). Runs in the caller's transaction, which also
    /// writes the messages: links and messages are kept together or not at all.
    /// </summary>
    public async Task<IReadOnlyList<PasswordResetLink>> IssueAsync(string nameOrEmail, CancellationToken cancellationToken = default)
    {
        var typed = (nameOrEmail ?? "").Trim();
        var now = clock.GetCurrentInstant();
        var (expired, recent) = (now - Retention, now - Spacing);
        await db.PasswordResets.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
        if (typed.Length == 0)
        {
            return [];
        }

        var name = users.NormalizeName(typed);
        var email = users.NormalizeEmail(typed);
        var accounts = await db.Users
            .Where(u => u.NormalizedUserName == name || (typed.Contains('@') && u.NormalizedEmail == email))
            .Where(u => u.Email != null && u.Email != "")
            .Where(u => !db.PasswordResets.Any(r => r.UserId == u.Id && r.CreatedAt > recent))
            .OrderBy(u => u.UserName)
            .ToListAsync(cancellationToken);
        var links = new List<(PasswordResetToken Row, WebUser User, string Token)>();
        // Compared here, as AccountSessions does: the end of time is not a value to trust SQL with.
        foreach (var user in accounts.Where(u => u.LockoutEnd != AccountAdministration.Forever))
        {
            var token = Base64Url(RandomNumberGenerator.GetBytes(32));
            var row = new PasswordResetToken { UserId = user.Id, TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Lifetime };
            db.PasswordResets.Add(row);
            links.Add((row, user, token));
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. links.Select(l => new PasswordResetLink(l.Row.Id, l.User.UserName!, l.User.DisplayName, l.User.Email!, l.Token, l.Row.ExpiresAt))];
    }

    /// <summary>Whether the link still works, for the page it opens (which asks for nothing when it does not).</summary>
    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken = default) =>
        await OpenAsync(token, cancellationToken) is not null;

    /// <summary>Sets the chosen password; the problems, every one at once, when it was not set (the link then still works, unless it is the problem).</summary>
    public async Task<FieldErrors> ChooseAsync(PasswordResetChoice choice, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var link = await OpenAsync(choice.Token, cancellationToken);
        var user = link is null ? null : await users.FindByIdAsync(link.UserId);
        if (link is null || user is null || user.LockoutEnd == AccountAdministration.Forever)
        {
            errors.Add(TokenField, NoLongerValid);
            return errors;
        }

        await PasswordRules.CheckAsync(users, user, choice.New, errors, NewField);
        if (choice.Confirmation != choice.New)
        {
            errors.Add(ConfirmationField, "Le due password non coincidono: digitare di nuovo la nuova password.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var now = clock.GetCurrentInstant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The link is taken with a conditional update: of two submissions at once, one wins.
        var taken = await db.PasswordResets
            .Where(r => r.Id == link.Id && r.UsedAt == null && r.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedAt, now), cancellationToken);
        if (taken != 1)
        {
            errors.Add(TokenField, NoLongerValid);
            return errors;
        }

        await db.PasswordResets
            .Where(r => r.UserId == user.Id && r.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedAt, now), cancellationToken);
        // Both steps give the account a new security stamp: every session and token ends.
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, choice.New));
        db.AccountAudit.Add(new AccountAuditEntry { At = now, Actor = user.UserName!, Action = AccountActions.PasswordRecuperata, UserName = user.UserName!, Details = "con il collegamento ricevuto per email" });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    private async Task<PasswordResetToken?> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        // A token is 43 characters; anything else is refused without a query.
        if (token is not { Length: 43 })
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetCurrentInstant();
        return await db.PasswordResets.AsNoTracking()
            .SingleOrDefaultAsync(r => r.TokenHash == hash && r.UsedAt == null && r.ExpiresAt > now, cancellationToken);
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("password not set after its checks passed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
