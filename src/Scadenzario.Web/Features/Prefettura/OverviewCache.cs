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
        return await SharedAsync($"scadenzario:tornate:{province}:{version}", () => queries.TornateAsync(province, CancellationToken.None), cancellationToken);
    }

    public async Task<IReadOnlyList<EnteProgress>> GetAsync(long tornataId, string province, Calendars.Rules.ConsultationType? consultation, CancellationToken cancellationToken)
    {
        var version = await queries.LatestChangeAsync(cancellationToken);
        return await SharedAsync(
            $"scadenzario:overview:{tornataId}:{province}:{consultation}:{version}",
            () => queries.OverviewAsync(tornataId, province, consultation, CancellationToken.None),
            cancellationToken);
    }

    /// <summary>The prefettura's own acts overdue or due soon: reading them goes through every task of the province's comuni.</summary>
    public async Task<IReadOnlyList<PrefetturaAct>> PrefetturaActsAsync(long tornataId, string province, CancellationToken cancellationToken)
    {
        var version = await queries.LatestChangeAsync(cancellationToken);
        return await SharedAsync(
            $"scadenzario:prefettura-acts:{tornataId}:{province}:{version}",
            () => queries.PrefetturaActsAsync(tornataId, province, CancellationToken.None),
            cancellationToken);
    }

    // The requests that miss the same entry together (when it expires under load) share one
    // reading instead of each running the province's queries at once; the reading is not bound to
    // the first request, whose client may go away, and a failed one is not kept.
    private async Task<T> SharedAsync<T>(string key, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var reading = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return new Lazy<Task<T>>(read);
        })!;
        try
        {
            return await reading.Value.WaitAsync(cancellationToken);
        }
        catch when (reading.Value.IsFaulted || reading.Value.IsCanceled)
        {
            cache.Remove(key);
            throw;
        }
    }
}
