using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Enti;

namespace Scadenzario.Web.Infrastructure;

/// <summary>What the authorization needs to know of an ente: its name, kind and province.</summary>
public sealed record EnteInfo(string Code, string Name, string Kind, string? ProvinceCode);

/// <summary>
/// The enti, kept in memory: every page asks whether the user may see an ente, and the ~8,000
/// rows change only when `enti import` runs, so a short-lived cache saves a query per request.
/// It also finds an ente by name, for the pages that ask for one.
/// </summary>
public sealed class EnteDirectory(NpgsqlDataSource dataSource, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>At most this many enti answer a search: a longer list is no help in choosing.</summary>
    public const int SearchLimit = 50;

    public async Task<EnteInfo?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        return all.GetValueOrDefault(code);
    }

    /// <summary>The enti whose name matches <paramref name="text"/> (<see cref="Search"/>), every kind.</summary>
    public async Task<IReadOnlyList<EnteInfo>> SearchAsync(string text, CancellationToken cancellationToken = default) =>
        Search((await AllAsync(cancellationToken)).Values, text);

    /// <summary>
    /// The enti named <paramref name="text"/>, without regard to case, accents, apostrophes or
    /// hyphens ("serra ricco" finds Serra Riccò, "torino" Torino): the exact names if any, else
    /// the names that begin so, else those that contain it; by name, then province, so that
    /// homonyms stand side by side (names compared folded, so "Sant'Olcese" comes before "Santa Margherita Ligure").
    /// </summary>
    public static IReadOnlyList<EnteInfo> Search(IEnumerable<EnteInfo> enti, string text)
    {
        var key = Fold(text);
        if (key.Length == 0)
        {
            return [];
        }

        var named = enti.Select(e => (Ente: e, Key: Fold(e.Name))).ToList();
        var found = named.Where(n => n.Key == key).ToList();
        if (found.Count == 0)
        {
            found = [.. named.Where(n => n.Key.StartsWith(key, StringComparison.Ordinal))];
        }

        if (found.Count == 0)
        {
            found = [.. named.Where(n => n.Key.Contains(key, StringComparison.Ordinal))];
        }

        return [.. found
            .OrderBy(n => n.Key, StringComparer.Ordinal)
            .ThenBy(n => n.Ente.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(n => n.Ente.Code, StringComparer.Ordinal)
            .Take(SearchLimit)
            .Select(n => n.Ente)];
    }

    /// <summary>Lower case, accents dropped, apostrophes, hyphens and runs of spaces as one space (<see cref="EnteNames.Fold"/>).</summary>
    public static string Fold(string text) => EnteNames.Fold(text);

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
