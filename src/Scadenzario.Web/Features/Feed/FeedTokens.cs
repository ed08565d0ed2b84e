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

    /// <summary>The ente whose feed the token opens; null for an unknown or revoked token.</summary>
    public async Task<string?> EnteOfAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length < 32)
        {
            return null;
        }

        return await db.FeedTokens.Where(t => t.Token == token).Select(t => t.EnteCode).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>A new secret for the ente; the previous URL stops working.</summary>
    public async Task<FeedToken> RenewAsync(string enteCode, string by, CancellationToken cancellationToken)
    {
        await RevokeAsync(enteCode, cancellationToken);
        // 256 random bits, URL-safe: the URL is the only credential a calendar client can send.
        var token = new FeedToken
        {
            EnteCode = enteCode,
            Token = Base64Url(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = clock.GetCurrentInstant(),
            CreatedBy = by,
        };
        db.FeedTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task RevokeAsync(string enteCode, CancellationToken cancellationToken) =>
        await db.FeedTokens.Where(t => t.EnteCode == enteCode).ExecuteDeleteAsync(cancellationToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
