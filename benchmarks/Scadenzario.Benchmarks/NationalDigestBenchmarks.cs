using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tornate;
using Scadenzario.Jobs;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Digest;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Benchmarks;

/// <summary>
/// The morning digests of the whole country into the outbox: every comune of shared/data in the
/// national tornata (europee for all, comunali for every third), each with an ufficio elettorale;
/// the segretari shared three comuni to one, and the 1,180 comuni of Piemonte all to one segretario
/// (one message with a section per comune). Nothing is completed, so on the 30th day before the
/// vote each comune has overdue acts, acts of the day and acts of the week. Measured: reading the
/// acts, composing every digest (Italian text and HTML) and writing them to the outbox in one
/// transaction. The outbox is emptied before each iteration (not measured).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class NationalDigestBenchmarks
{
    private static readonly LocalDate VotingDay = new(2027, 6, 6);
    private static readonly Instant ListsMorning = RomeTime.ToInstant(VotingDay.PlusDays(-30).At(new LocalTime(7, 30)));
    private BenchmarkDatabase database = null!;
    private NpgsqlDataSource dataSource = null!;
    private DailyDigest digest = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        dataSource.Dispose();
        database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void EmptyOutbox() => Execute("TRUNCATE outbox_attempt, outbox").GetAwaiter().GetResult();

    /// <summary>Returns the digests written.</summary>
    [Benchmark]
    public async Task<int> ComposeNationalDigests()
    {
        var written = await digest.EnqueueAsync(ListsMorning, CancellationToken.None);
        Console.WriteLine($"// digests written: {written}");
        return written;
    }

    private async Task SetupAsync()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 10, 9, 0));
        var calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        var comuni = ComuniCsv.Read(RepositoryPaths.Comuni);
        database = await BenchmarkDatabase.CreateAsync();
        // Creating the national tornata takes longer than Npgsql's default 30 s per command on this machine.
        dataSource = Data.Database.CreateDataSource(new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString) { CommandTimeout = 900 }.ConnectionString);
        await EntiImporter.ImportAsync(dataSource, comuni, clock);
        var comunaliFile = Path.Combine(Path.GetTempPath(), "bench-digest-comunali.txt");
        await File.WriteAllLinesAsync(comunaliFile, comuni.Where((_, i) => i % 3 == 0).Select(c => c.IstatCode));
        var tornate = new TornataService(dataSource, calendars, clock);
        var tornata = await tornate.CreateAsync("Europee e comunali", [VotingDay]);
        await tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("all"), "benchmark");
        await tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{comunaliFile}"), "benchmark");
        await Execute("""
            UPDATE ente SET
                email_ufficio_elettorale = 'elettorale.' || code || '@comuni.example',
                email_segretario = CASE WHEN region_name = 'Piemonte' THEN 'segretario.piemonte@segretari.example'
                                        ELSE 'segretario.' || (abs(hashtext(code)) % 2300) || '@segretari.example' END
            WHERE kind = 'comune'
            """);
        await Execute("VACUUM ANALYZE adempimento");
        digest = new DailyDigest(dataSource, Actors.From(calendars), new JobsOptions());
    }

    private async Task Execute(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// The sending rate against the local SMTP server of <c>Mail__Host</c>/<c>Mail__Port</c>
/// (scripts/benchmark.sh starts maildev): 500 digest-sized messages through the outbox sender,
/// one SMTP connection for the whole run (MailKit), opened again only after a failure.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class OutboxSendingBenchmarks
{
    private const int Messages = 500;
    private BenchmarkDatabase database = null!;
    private OutboxSender sender = null!;
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 5, 7, 5, 30));

    [GlobalSetup]
    public void Setup()
    {
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        var options = new MailOptions
        {
            Host = Environment.GetEnvironmentVariable("Mail__Host") ?? "127.0.0.1",
            Port = int.Parse(Environment.GetEnvironmentVariable("Mail__Port") ?? "1025", System.Globalization.CultureInfo.InvariantCulture),
        };
        sender = new OutboxSender(database.DataSource, new MailKitTransport(options), clock, new JobsOptions { BatchSize = 100 }, "benchmark");
    }

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup]
    public void Queue()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("Presentazione delle liste dei candidati – art. 32 d.P.R. 570/1960. ", 60)) + "</p>";
        var text = string.Concat(Enumerable.Repeat("Presentazione delle liste dei candidati – art. 32 d.P.R. 570/1960.\n", 60));
        var batch = Guid.NewGuid().ToString("N");
        var messages = Enumerable.Range(0, Messages)
            .Select(i => new OutboxMessage(null, $"elettorale.{i}@comuni.example", MessageKinds.Digest, $"giorno:{batch}",
                new MailContent($"Scadenze elettorali – prova {i}", text, html)))
            .ToList();
        OutboxWriter.EnqueueAsync(database.DataSource, messages, clock.GetCurrentInstant(), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Returns the messages sent; the rate is 500 divided by the time.</summary>
    [Benchmark]
    public async Task<int> Send500()
    {
        var report = await sender.SendDueAsync(CancellationToken.None);
        Console.WriteLine($"// sent: {report.Sent}, retrying: {report.Retrying}, failed: {report.Failed}");
        return report.Sent;
    }
}
