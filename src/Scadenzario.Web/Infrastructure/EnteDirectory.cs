using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using Scadenzario.Data;

namespace Scadenzario.Web.Infrastructure;

/// <summary>What the authorization needs to know of an ente: its name, kind and province.</summary>
public sealed record EnteInfo(string Code, string Name, string Kind, string? ProvinceCode);

/// <summary>
/// The enti, kept in memory: every page asks whether the user may see an ente, and the ~8,000
/// rows change only when `enti import` runs, so a short-lived cache saves a query per request.
/// </summary>
public sealed class EnteDirectory(NpgsqlDataSource dataSource, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<EnteInfo?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        return all.GetValueOrDefault(code);
    }

    private async Task<IReadOnlyDictionary<string, EnteInfo>> AllAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("scadenzario:enti", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            await using var db = ScadenzarioDb.Create(dataSource);
            var rows = await db.Enti.AsNoTracking()
                .Select(e => new EnteInfo(e.Code, e.Name, e.Kind, e.ProvinceCode))
                .ToListAsync(cancellationToken);
            return (IReadOnlyDictionary<string, EnteInfo>)rows.ToDictionary(e => e.Code, StringComparer.Ordinal);
        }))!;
}
