using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Recipients;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Benchmarks;

/// <summary>
/// The reads behind the prefettura's tools and the contacts page (issue 12, items 2 and 3), on the
/// national tornata (europee everywhere, comunali in the province of Torino) a month before the
/// vote: the dashboard of Torino searched and sorted, the full list of its overdue acts with their
/// latest solleciti, every overdue act for the CSV, and the contacts page of the comune of Torino.
/// One user at a time: each figure is the database's part of the page's server time.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PrefetturaToolsBenchmarks
{
    private const int OverdueLimit = 300;
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 5, 7, 7, 0));
    private BenchmarkDatabase database = null!;
    private ProvinceDashboardQueries queries = null!;
    private long tornata;

    [GlobalSetup]
    public void Setup()
    {
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        var comuni = ComuniCsv.Read(RepositoryPaths.Comuni);
        var setupClock = new FakeClock(Instant.FromUtc(2027, 1, 10, 9, 0));
        EntiImporter.ImportAsync(database.DataSource, comuni, setupClock).GetAwaiter().GetResult();
        var tornate = new TornataService(database.DataSource, CalendarSet.Load(RepositoryPaths.Calendars), setupClock);
        tornata = tornate.CreateAsync("Europee e comunali", [new LocalDate(2027, 6, 6)]).GetAwaiter().GetResult();
        tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("all"), "benchmark").GetAwaiter().GetResult();
        tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse("province:TO"), "benchmark").GetAwaiter().GetResult();
        // Contacts with a history, and a segretario shared by a few comuni, as the page shows them.
        foreach (var code in new[] { "001272", "001001", "001002", "001003" })
        {
            EntiContacts.SetAsync(database.DataSource, code, new($"elettorale.{code}@comuni.example.it", "segreteria.convenzionata@segretari.example.it", null)).GetAwaiter().GetResult();
        }

        queries = new ProvinceDashboardQueries(database.DataSource, clock);
    }

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The dashboard's query as before: every comune of Torino with its progress.</summary>
    [Benchmark(Baseline = true)]
    public Task<IReadOnlyList<EnteProgress>> TorinoDashboard() => queries.OverviewAsync(tornata, "TO", null);

    /// <summary>The same, searched ("san": dozens of comuni) and sorted by overdue acts.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<EnteProgress>> TorinoDashboardSearchedAndSorted() =>
        ProvinceDashboardQueries.SearchAndSort(await queries.OverviewAsync(tornata, "TO", null), "san", ComuniOrder.Scaduti);

    /// <summary>"Apri l'elenco": the first 300 overdue acts of the province and their latest solleciti.</summary>
    [Benchmark]
    public async Task<int> TorinoOverdueList()
    {
        var acts = await queries.OverdueAsync(tornata, "TO", null, false, OverdueLimit);
        return (await queries.LastSollecitiAsync([.. acts.Select(a => a.Id)])).Count + acts.Count;
    }

    /// <summary>The CSV of the overdue acts: every one of the province.</summary>
    [Benchmark]
    public async Task<int> TorinoOverdueCsvRows()
    {
        var acts = await queries.OverdueAsync(tornata, "TO", null, false, int.MaxValue);
        return (await queries.LastSollecitiAsync([.. acts.Select(a => a.Id)])).Count + acts.Count;
    }

    /// <summary>The contacts page of the comune of Torino: its card, its history and who receives its messages.</summary>
    [Benchmark]
    public async Task<int> ContattiPage()
    {
        var card = await ContactCard.LoadAsync(database.DataSource, "001272");
        var history = await ContactHistory.OfEnteAsync(database.DataSource, "001272");
        var book = await RecipientBook.LoadForEnteAsync(database.DataSource, "001272");
        return card!.SegretarioAlsoFor.Count + history.Count + book.DescribeEnte("001272").Count;
    }
}
