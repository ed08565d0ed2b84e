using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Feed;

/// <summary>The secret tokens of the calendar feeds: one per ente, replaced to revoke the old URL.</summary>
public sealed class FeedTokens(WebDb db, IClock clock)
{
    public async Task<FeedToken?> FindAsync(string enteCode, CancellationToken cancellationToken) =>
        await db.FeedTokens.AsNoTracking().SingleOrDefaultAsync(t => t.EnteCode == enteCode, cancellationToken);

    /// <summary>The feed the token opens (its ente and reminder); null for an unknown or revoked token.</summary>
    public async Task<FeedToken?> OfTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length < 32)
        {
            return null;
        }

        return await db.FeedTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Token == token, cancellationToken);
    }

    /// <summary>The reminders a feed address may carry: days before each deadline.</summary>
    public static readonly IReadOnlyList<short> AlarmChoices = [1, 2, 3, 7];

    /// <summary>
    /// A new secret for the ente, with the reminder chosen for it (<paramref name="alarmDaysBefore"/>
    /// days before each deadline, or none); the previous URL stops working.
    /// </summary>
    public async Task<FeedToken> RenewAsync(string enteCode, string by, short? alarmDaysBefore, CancellationToken cancellationToken)
    {
        if (alarmDaysBefore is { } days && !AlarmChoices.Contains(days))
        {
            throw new ArgumentOutOfRangeException(nameof(alarmDaysBefore), days, $"promemoria ammessi: {string.Join(", ", AlarmChoices)} giorni prima");
        }

        await RevokeAsync(enteCode, cancellationToken);
        // 256 random bits, URL-safe: the URL is the only credential a calendar client can send.
        var token = new FeedToken
        {
            EnteCode = enteCode,
            Token = Base64Url(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = clock.GetCurrentInstant(),
            CreatedBy = by,
            AlarmDaysBefore = alarmDaysBefore,
        };
        db.FeedTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task RevokeAsync(string enteCode, CancellationToken cancellationToken) =>
        await db.FeedTokens.Where(t => t.EnteCode == enteCode).ExecuteDeleteAsync(cancellationToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
