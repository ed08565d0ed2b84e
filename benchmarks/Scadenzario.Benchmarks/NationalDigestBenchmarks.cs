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
using Scadenzario.Jobs.Reminders;
using Scadenzario.Jobs.Scheduling;

namespace Scadenzario.Benchmarks;

/// <summary>
/// The morning digests of the whole country into the outbox: every comune of shared/data in the
/// national tornata (europee for all, comunali for every third), each with an ufficio elettorale;
/// the segretari shared three comuni to one, and the 1,180 comuni of Piemonte all to one segretario
/// (one message with a section per comune); every prefettura has an address. Nothing is completed,
/// so on the 30th day before the vote each comune has overdue acts, acts of the day and acts of the
/// week. Measured: reading the
/// acts, composing every digest (Italian text and HTML) with the reminders of the day folded in and
/// the prefetture's own acts, and writing them to the outbox in one transaction
/// (<see cref="ComposeNationalDigests"/>); and the whole morning, every job that writes messages
/// (<see cref="NationalMorning"/>), which prints how many messages the morning produces now and
/// how many it produced before the reminders were folded into the digest: the digests, plus one
/// message per reminder carried per recipient (what the separate reminders job wrote), plus the
/// escalation, counted on the same database in the same run. The outbox is emptied before each
/// iteration (not measured).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class NationalDigestBenchmarks
{
    private static readonly LocalDate VotingDay = new(2027, 6, 6);
    private static readonly Instant ListsMorning = RomeTime.ToInstant(VotingDay.PlusDays(-30).At(new LocalTime(7, 30)));
    private BenchmarkDatabase database = null!;
    private NpgsqlDataSource dataSource = null!;
    private DailyDigest digest = null!;
    private JobRunner runner = null!;
    private int remindersCarried;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        dataSource.Dispose();
        database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void EmptyOutbox() => Execute("TRUNCATE outbox_attempt, outbox, escalation_day").GetAwaiter().GetResult();

    /// <summary>Returns the digests written.</summary>
    [Benchmark]
    public async Task<int> ComposeNationalDigests()
    {
        var written = await digest.EnqueueAsync(ListsMorning, CancellationToken.None);
        Console.WriteLine($"// digests written: {written}, reminders carried in them: {remindersCarried}");
        return written;
    }

    /// <summary>Every composing job of the morning, at its hour; returns the messages written.</summary>
    [Benchmark]
    public async Task<int> NationalMorning()
    {
        var morning = RomeTime.InRome(ListsMorning).Date;
        var counts = new Dictionary<string, int>();
        foreach (var (job, at) in new[] { (JobNames.Reminders, new LocalTime(7, 0)), (JobNames.Digest, new LocalTime(7, 30)), (JobNames.Escalation, new LocalTime(8, 0)), (JobNames.Notices, new LocalTime(8, 5)) })
        {
            counts[job] = (await runner.ExecuteAsync(job, RomeTime.ToInstant(morning.At(at)), CancellationToken.None)).Queued;
        }

        var after = counts.Values.Sum();
        var before = counts[JobNames.Digest] + remindersCarried + counts[JobNames.Escalation] + counts[JobNames.Notices];
        Console.WriteLine($"// national morning {morning:yyyy-MM-dd}: after {after} messages (digests {counts[JobNames.Digest]}, urgent {counts[JobNames.Reminders]}, "
            + $"escalation {counts[JobNames.Escalation]}, notices {counts[JobNames.Notices]}); before {before} (digests {counts[JobNames.Digest]}, "
            + $"reminders {remindersCarried}, escalation {counts[JobNames.Escalation]}, notices {counts[JobNames.Notices]})");
        return after;
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
        // Every prefettura has its address, so that the morning's escalation is counted too.
        await Execute("UPDATE prefettura SET email = 'protocollo.' || lower(code) || '@pec.interno.example'");
        await Execute("VACUUM ANALYZE adempimento");
        digest = new DailyDigest(dataSource, Actors.From(calendars), ReminderPolicy.From(calendars), new JobsOptions());
        runner = new JobRunner(dataSource, calendars, new NoTransport(), clock, new JobsOptions(), "benchmark");
        // The reminders the digests carry, each once per recipient: the messages the separate
        // reminders job wrote before they were folded in (same acts, same policy, same addresses).
        var plan = await digest.PlanAsync(RomeTime.InRome(ListsMorning).Date, CancellationToken.None);
        remindersCarried = plan.Sum(d => d.Reminders);
        Console.WriteLine($"// planned digests: {plan.Count}, reminders carried: {remindersCarried}");
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

/// <summary>The morning's composing jobs never send: the sender job is not run by the benchmark.</summary>
internal sealed class NoTransport : IMailTransport
{
    public IMailSession Open() => throw new InvalidOperationException("The morning benchmark composes, it does not send.");
}
