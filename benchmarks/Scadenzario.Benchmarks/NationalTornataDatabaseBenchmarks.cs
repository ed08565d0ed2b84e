using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Benchmarks;

/// <summary>
/// The national tornata in PostgreSQL: every comune of shared/data, europee for all and comunali
/// for a third (every third ISTAT code), created in two transactions. Each iteration starts from a
/// fresh database with the enti imported (not measured).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class NationalTornataCreationBenchmarks
{
    private static readonly LocalDate VotingDay = new(2027, 6, 6);
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 10, 9, 0));
    private CalendarSet calendars = null!;
    private IReadOnlyList<ComuneRow> comuni = [];
    private BenchmarkDatabase database = null!;
    private string comunaliFile = "";

    [GlobalSetup]
    public void Setup()
    {
        calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        comuni = ComuniCsv.Read(RepositoryPaths.Comuni);
        comunaliFile = Path.Combine(Path.GetTempPath(), "bench-comunali.txt");
        File.WriteAllLines(comunaliFile, comuni.Where((_, i) => i % 3 == 0).Select(c => c.IstatCode));
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        EntiImporter.ImportAsync(database.DataSource, comuni, clock).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropDatabase() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Returns the adempimenti created.</summary>
    [Benchmark]
    public async Task<int> CreateNationalTornata()
    {
        var service = new TornataService(database.DataSource, calendars, clock);
        var tornata = await service.CreateAsync("Europee e comunali", [VotingDay]);
        var europee = await service.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("all"), "benchmark");
        var comunali = await service.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{comunaliFile}"), "benchmark");
        var total = europee.Created + comunali.Created;
        Console.WriteLine($"// adempimenti created: {total} (europee {europee.Created}, comunali {comunali.Created}, changed {comunali.Changed})");
        return total;
    }
}

/// <summary>
/// Issue 11's national tornata in PostgreSQL: politiche and a referendum costituzionale for every
/// comune of shared/data, in two transactions, from a fresh database with the enti imported (not
/// measured), as <see cref="NationalTornataCreationBenchmarks"/> does for the europee.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class NationalPoliticheReferendumCreationBenchmarks
{
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 10, 9, 0));
    private CalendarSet calendars = null!;
    private IReadOnlyList<ComuneRow> comuni = [];
    private BenchmarkDatabase database = null!;

    [GlobalSetup]
    public void Setup()
    {
        calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        comuni = ComuniCsv.Read(RepositoryPaths.Comuni);
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        EntiImporter.ImportAsync(database.DataSource, comuni, clock).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropDatabase() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Returns the adempimenti created.</summary>
    [Benchmark]
    public async Task<int> CreatePoliticheReferendumTornata()
    {
        var service = new TornataService(database.DataSource, calendars, clock);
        var tornata = await service.CreateAsync("Politiche e referendum", [new LocalDate(2027, 9, 26), new LocalDate(2027, 9, 27)],
            new Dictionary<string, string> { [Calendars.Derivation.ConsultationCombinations.ReferendumKind] = "costituzionale" });
        var politiche = await service.AddConsultationAsync(tornata, "politiche", EntiSelection.Parse("all"), "benchmark");
        var referendum = await service.AddConsultationAsync(tornata, "referendum", EntiSelection.Parse("all"), "benchmark");
        var total = politiche.Created + referendum.Created;
        Console.WriteLine($"// adempimenti created: {total} (politiche {politiche.Created}, referendum {referendum.Created}, changed {referendum.Changed})");
        return total;
    }
}

/// <summary>Reading the national tornata: a comune's day and the largest province's overview (Torino).</summary>
public class NationalTornataQueryBenchmarks
{
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 5, 7, 7, 0));
    private BenchmarkDatabase database = null!;
    private AdempimentiService service = null!;
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
        service = new AdempimentiService(database.DataSource, clock);
    }

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Oggi's query: the lists, the options to filter by and the next deadline.</summary>
    [Benchmark]
    public Task<EnteDayList> ComuneDay() => new EnteDayQuery(database.DataSource, clock).RunAsync("001272");

    /// <summary>Oggi filtered by consultation and by who acts, as its form sends it.</summary>
    [Benchmark]
    public Task<EnteDayList> ComuneDayFiltered() =>
        new EnteDayQuery(database.DataSource, clock).RunAsync("001272", null, new EnteDayFilter(Calendars.Rules.ConsultationType.Comunali, "ufficio-elettorale"));

    [Benchmark]
    public Task<IReadOnlyList<EnteProgress>> TorinoOverview() => service.ProvinceOverviewAsync(tornata, "TO");
}
