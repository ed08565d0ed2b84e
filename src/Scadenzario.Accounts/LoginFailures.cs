using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Scadenzario.Accounts;

/// <summary>One failed login (migrations/0021_login_failure.sql).</summary>
public sealed class LoginFailure
{
    public long Id { get; set; }

    public Instant At { get; set; }

    /// <summary>The account whose name was typed; null when no account has it (the name is not kept).</summary>
    public string? UserId { get; set; }

    public string? Address { get; set; }
}

/// <summary>An account that failed to sign in repeatedly, as the amministratore is told of it.</summary>
public sealed record RepeatedLoginFailures(string UserName, int Count, Instant Last, IReadOnlyList<string> Addresses);

/// <summary>
/// Records failed logins and tells which accounts failed repeatedly. Failures lock nothing (the
/// throttle in the web slows a guesser down); the amministratore decides whether to act.
/// </summary>
public sealed class LoginFailures(AccountsDb db, IClock clock)
{
    /// <summary>Failures of one account within <see cref="Period"/> from which the amministratore is told.</summary>
    public const int Threshold = 5;

    public static readonly Duration Period = Duration.FromHours(24);

    private static readonly Duration Retention = Duration.FromDays(30);

    public async Task RecordAsync(string? userId, string? address, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        db.LoginFailures.Add(new LoginFailure { At = now, UserId = userId, Address = address });
        await db.SaveChangesAsync(cancellationToken);
        var expired = now - Retention;
        await db.LoginFailures.Where(f => f.At < expired).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The accounts with at least <see cref="Threshold"/> failures in the last <see cref="Period"/>, the most failed first.</summary>
    public async Task<IReadOnlyList<RepeatedLoginFailures>> RepeatedAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetCurrentInstant() - Period;
        var rows = await (
            from f in db.LoginFailures.AsNoTracking()
            join u in db.Users on f.UserId equals u.Id
            where f.At >= since
            select new { u.UserName, f.At, f.Address })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.UserName ?? "")
            .Where(g => g.Count() >= Threshold)
            .Select(g => new RepeatedLoginFailures(g.Key, g.Count(), g.Max(r => r.At),
                [.. g.Select(r => r.Address ?? "sconosciuto").Distinct().Order(StringComparer.Ordinal)]))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.UserName, StringComparer.Ordinal)
            .ToList();
    }
}
