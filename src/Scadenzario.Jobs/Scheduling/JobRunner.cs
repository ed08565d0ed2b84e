using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Digest;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Postponement;
using Scadenzario.Jobs.Reminders;

namespace Scadenzario.Jobs.Scheduling;

/// <summary>The jobs, by the names the CLI and the scheduler use.</summary>
public static class JobNames
{
    public const string Digest = "digest";

    /// <summary>
    /// The reminders that cannot wait for the digest (<see cref="UrgentNotices"/>); the name stays
    /// "reminders" for the command line. The usual reminders are in the digest.
    /// </summary>
    public const string Reminders = "reminders";
    public const string Escalation = "escalation";
    public const string Notices = "notices";
    public const string Sender = "sender";

    public static readonly IReadOnlyList<string> All = [Digest, Reminders, Escalation, Notices, Sender];
}

/// <summary>What a run of a job did: an Italian line for people, and how many messages it wrote to the outbox.</summary>
public sealed record JobOutcome(string Summary, int Queued);

/// <summary>
/// Runs one job for an instant: the one entry point of the scheduler and of
/// <c>scadenzario jobs run</c>.
/// </summary>
public sealed class JobRunner(NpgsqlDataSource dataSource, CalendarSet calendars, IMailTransport transport, IClock clock, JobsOptions options, string node)
{
    private readonly Actors actors = Actors.From(calendars);

    /// <summary>Returns an Italian line saying what the job did.</summary>
    public async Task<string> RunAsync(string job, Instant at, CancellationToken cancellationToken) =>
        (await ExecuteAsync(job, at, cancellationToken)).Summary;

    public async Task<JobOutcome> ExecuteAsync(string job, Instant at, CancellationToken cancellationToken) => job switch
    {
        JobNames.Digest => Queued("riepiloghi quotidiani messi in coda", await new DailyDigest(dataSource, actors, ReminderPolicy.From(calendars), options).EnqueueAsync(at, cancellationToken)),
        JobNames.Reminders => Queued("avvisi urgenti messi in coda", await new UrgentNotices(dataSource, actors, options).EnqueueAsync(at, cancellationToken)),
        JobNames.Escalation => Queued("segnalazioni alle prefetture messe in coda", await new Escalation(dataSource, actors, options).EnqueueAsync(at, cancellationToken)),
        JobNames.Notices => await NoticesAsync(at, cancellationToken),
        JobNames.Sender => new JobOutcome(Describe(await new OutboxSender(dataSource, transport, clock, options, node).SendDueAsync(cancellationToken)), 0),
        _ => throw new ArgumentException($"Operazione pianificata sconosciuta \"{job}\": ammesse {string.Join(", ", JobNames.All)}.", nameof(job)),
    };

    private static JobOutcome Queued(string what, int count) => new($"{what}: {count}", count);

    private async Task<JobOutcome> NoticesAsync(Instant at, CancellationToken cancellationToken)
    {
        var moved = await new PostponementNotices(dataSource, options).EnqueueAsync(at, cancellationToken);
        var assured = await new AssicurazioniPrefetto(dataSource, actors, options).EnqueueAsync(at, cancellationToken);
        return new($"avvisi di scadenze spostate messi in coda: {moved}; assicurazioni al Prefetto messe in coda: {assured}", moved + assured);
    }

    private static string Describe(SendReport report) =>
        $"messaggi inviati: {report.Sent}; da ritentare: {report.Retrying}; non recapitabili: {report.Failed}";
}
