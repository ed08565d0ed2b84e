using Microsoft.Extensions.Caching.Memory;
using Scadenzario.Data.Adempimenti;

namespace Scadenzario.Web.Features.Prefettura;

/// <summary>
/// The province overview, the prefettura's own acts and the tornate, shared for a few seconds by
/// everyone who opens the same dashboard. They are keyed by the latest history entry: every completion, reopening or date
/// change writes one, on any node, so a change shows at once; the short lifetime bounds how late
/// "scaduto" appears when a deadline passes with nothing written.
/// </summary>
public sealed class OverviewCache(ProvinceDashboardQueries queries, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>The tornate of the province: a new tornata or consultation writes history too, so it shows at once.</summary>
    public async Task<IReadOnlyList<TornataSummary>> TornateAsync(string province, CancellationToken cancellationToken)
    {
        var version = await queries.LatestChangeAsync(cancellationToken);
        return (await cache.GetOrCreateAsync($"scadenzario:tornate:{province}:{version}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return queries.TornateAsync(province, cancellationToken);
        }))!;
    }

    public async Task<IReadOnlyList<EnteProgress>> GetAsync(long tornataId, string province, Calendars.Rules.ConsultationType? consultation, CancellationToken cancellationToken)
    {
        var version = await queries.LatestChangeAsync(cancellationToken);
        var key = $"scadenzario:overview:{tornataId}:{province}:{consultation}:{version}";
        return (await cache.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return queries.OverviewAsync(tornataId, province, consultation, cancellationToken);
        }))!;
    }

    /// <summary>The prefettura's own acts overdue or due soon: reading them goes through every task of the province's comuni.</summary>
    public async Task<IReadOnlyList<PrefetturaAct>> PrefetturaActsAsync(long tornataId, string province, CancellationToken cancellationToken)
    {
        var version = await queries.LatestChangeAsync(cancellationToken);
        return (await cache.GetOrCreateAsync($"scadenzario:prefettura-acts:{tornataId}:{province}:{version}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return queries.PrefetturaActsAsync(tornataId, province, cancellationToken);
        }))!;
    }
}
