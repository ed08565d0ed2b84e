using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Benchmarks;

/// <summary>
/// The re-synchronisation of the national tornata after a postponement: the tornata of
/// <see cref="NationalTornataCreationBenchmarks"/> (europee for every comune, comunali for a third)
/// is created once (not measured); each iteration moves its voting day by a week, forth and back, so
/// every dated act moves, with its move and audit rows. The move and audit tables grow by one
/// postponement per iteration, as they would in production.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class NationalPostponementBenchmarks
{
    private static readonly LocalDate VotingDay = new(2027, 6, 6);
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 10, 9, 0));
    private BenchmarkDatabase database = null!;
    private TornataService service = null!;
    private long tornata;
    private int runs;

    [GlobalSetup]
    public void Setup()
    {
        var calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        var comuni = ComuniCsv.Read(RepositoryPaths.Comuni);
        var comunaliFile = Path.Combine(Path.GetTempPath(), "bench-postponement-comunali.txt");
        File.WriteAllLines(comunaliFile, comuni.Where((_, i) => i % 3 == 0).Select(c => c.IstatCode));
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        EntiImporter.ImportAsync(database.DataSource, comuni, clock).GetAwaiter().GetResult();
        service = new TornataService(database.DataSource, calendars, clock);
        tornata = service.CreateAsync("Europee e comunali", [VotingDay]).GetAwaiter().GetResult();
        service.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("all"), "benchmark").GetAwaiter().GetResult();
        service.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{comunaliFile}"), "benchmark").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Returns the adempimenti moved.</summary>
    [Benchmark]
    public async Task<int> PostponeNationalTornata()
    {
        var day = runs++ % 2 == 0 ? VotingDay.PlusWeeks(1) : VotingDay;
        var result = await service.PostponeAsync(tornata, [day], "decreto di rinvio", "benchmark");
        Console.WriteLine($"// enti {result.Enti}, changed {result.Changed}, moved {result.Moved}");
        return result.Moved;
    }
}
