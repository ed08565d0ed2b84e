using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs.Scheduling;

// How the jobs run on Hangfire, and which guarantee comes from where.
//
// Storage. Hangfire.PostgreSql in the project's database, in a schema of its own ("hangfire"),
// created by the storage itself on the first start of any node or of the web app (the dashboard).
// Every node started by `scadenzario jobs serve` is a Hangfire server on that database.
//
// Once per occurrence. The recurring jobs are registered by every node with the same ids; Hangfire's
// recurring scheduler takes a database lock and moves each job's next execution forward in the same
// transaction that enqueues it, so an occurrence is enqueued once in the cluster however many nodes
// there are, and a job in the queue is fetched by one worker. Cron is read in Europe/Rome.
//
// Retries live in the outbox, not in Hangfire, for everything that sends. A message that fails is
// retried by the outbox with its own doubling delay, counted and recorded per attempt
// (outbox_attempt), and keeps its Message-ID; the sender job itself is [AutomaticRetry(Attempts = 0)]:
// a Hangfire retry of the job would only repeat a sweep that the next one (each minute, and after
// every composing run) makes anyway, and would hide the outbox's count of attempts behind another.
// The composing jobs (reminders, digest, escalation, notices) keep three Hangfire retries within
// the quarter hour: nothing else retries them, and they are idempotent (the outbox's unique key
// makes a repeated run write nothing twice), with the clock's instant of the retry, which is the
// same day.
//
// Invisibility timeout and outbox lease. A worker that fetched a job holds it invisible to the other
// servers; with the sliding timeout the hold is renewed while the job runs, so a long job (the
// national digest) is never fetched twice, and a job of a server that was killed becomes visible
// again InvisibilityTimeout after its last renewal and runs again on another server. That re-run is
// all Hangfire guarantees. What keeps a message from being lost or sent twice is the outbox lease
// (Outbox:LeaseSeconds, 5 minutes): the messages a killed sender had claimed stay claimed until the
// lease ends, then whichever sender runs first (the re-run, the sweep of any node) sends them. The
// two timeouts are independent: a sender re-run before the lease ends claims nothing still leased,
// and a lease that ends before the re-run is picked up by the sweep. The one rule is the outbox's:
// the lease must be longer than one batch takes to send.
//
// The clock. A job does what its instant says, and that instant is IClock's when the job runs
// (the system clock in production, a fake one in tests, `--at` for `jobs run`), not Hangfire's
// scheduled time: a run that fires late composes the day it runs in, as under Quartz.

/// <summary>When each job runs, as cron expressions read in Europe/Rome (the law's and the offices' time).</summary>
public sealed record JobSchedule
{
    /// <summary>The urgent notices: an act dated or moved after the digest and due before the next one is told within a quarter hour.</summary>
    public string Reminders { get; init; } = "*/15 * * * *";

    /// <summary>At <see cref="Jobs.Digest.DailyDigest.RunsAt"/>, which the urgent notices read to know what the last digest could carry.</summary>
    public string Digest { get; init; } = $"{Jobs.Digest.DailyDigest.RunsAt.Minute} {Jobs.Digest.DailyDigest.RunsAt.Hour} * * *";

    public string Escalation { get; init; } = "0 8 * * *";

    public string Notices { get; init; } = "*/5 * * * *";

    /// <summary>The sweep of the outbox: retries that fell due, and anything a node left behind.</summary>
    public string Sender { get; init; } = "* * * * *";

    public IEnumerable<(string Job, string Cron)> Entries() =>
    [
        (JobNames.Reminders, Reminders), (JobNames.Digest, Digest), (JobNames.Escalation, Escalation),
        (JobNames.Notices, Notices), (JobNames.Sender, Sender),
    ];
}

/// <summary>Everything one scheduler node needs, to register with <see cref="HangfireScheduling.AddScadenzarioScheduler"/>.</summary>
public sealed record SchedulerSettings(
    string ConnectionString,
    NpgsqlDataSource DataSource,
    CalendarSet Calendars,
    IMailTransport Transport,
    IClock Clock,
    JobsOptions Options,
    string Node)
{
    public JobSchedule Schedule { get; init; } = new();

    /// <summary>How often the node looks for due recurring jobs and for jobs in the queue.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(15);

    public int Workers { get; init; } = 4;
}

/// <summary>The Hangfire storage of Scadenzario: the project's PostgreSQL, schema <see cref="Schema"/>.</summary>
public static class HangfireStorage
{
    public const string Schema = "hangfire";

    /// <summary>See the top of this file for how it relates to the outbox lease.</summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromMinutes(5);

    public static JobStorage Create(string connectionString, TimeSpan? queuePollInterval = null)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = queuePollInterval ?? TimeSpan.FromSeconds(15),
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options, null), options);
    }
}

/// <summary>The jobs as Hangfire runs them; see the top of this file for retries and timeouts.</summary>
public sealed class ScadenzarioJobs(JobRunner runner, IClock clock, IBackgroundJobClient client, ILogger<ScadenzarioJobs> logger)
{
    /// <summary>Composes a job's messages into the outbox, then has them sent at once.</summary>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 600])]
    [JobDisplayName("Scadenzario: {0}")]
    public async Task ComposeAsync(string job, CancellationToken cancellationToken)
    {
        var outcome = await runner.ExecuteAsync(job, clock.GetCurrentInstant(), cancellationToken);
        logger.LogInformation("{Job}: {Summary}", job, outcome.Summary);
        if (outcome.Queued > 0)
        {
            // After the commit of the messages: the sender finds them when it runs.
            client.Enqueue<ScadenzarioJobs>(jobs => jobs.SendAsync(CancellationToken.None));
        }
    }

    /// <summary>Sends what is due in the outbox; the outbox retries each message, Hangfire never retries the job.</summary>
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Scadenzario: invio della posta")]
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        var outcome = await runner.ExecuteAsync(JobNames.Sender, clock.GetCurrentInstant(), cancellationToken);
        logger.LogInformation("{Job}: {Summary}", JobNames.Sender, outcome.Summary);
    }
}

public static class HangfireScheduling
{
    /// <summary>
    /// One scheduler node: a Hangfire server named after the node on the project's PostgreSQL, with
    /// the recurring jobs registered (or updated) at start. Several nodes may share the database.
    /// </summary>
    public static IServiceCollection AddScadenzarioScheduler(this IServiceCollection services, SchedulerSettings settings)
    {
        services.AddSingleton(settings.Clock);
        services.AddSingleton(new JobRunner(settings.DataSource, settings.Calendars, settings.Transport, settings.Clock, settings.Options, settings.Node));
        services.AddTransient<ScadenzarioJobs>();
        // The storage is this container's, not Hangfire's static JobStorage.Current: several nodes
        // (and, in the tests, several databases) can live in one process.
        var storage = HangfireStorage.Create(settings.ConnectionString, settings.PollingInterval);
        services.AddSingleton(storage);
        // Likewise the activator: each node's jobs get this node's runner, clock and transport.
        services.AddSingleton<JobActivator>(provider => new Hangfire.AspNetCore.AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHostedService(provider => new RecurringJobsRegistration(provider.GetRequiredService<IRecurringJobManager>(), settings.Schedule));
        services.AddHangfireServer((_, server) =>
        {
            server.ServerName = settings.Node;
            server.WorkerCount = settings.Workers;
            server.SchedulePollingInterval = settings.PollingInterval;
        }, storage);
        return services;
    }

    /// <summary>Europe/Rome for the cron expressions, from the same tz database as the rest of the product.</summary>
    public static TimeZoneInfo Rome { get; } = TimeZoneInfo.FindSystemTimeZoneById(RomeTime.Zone.Id);

    /// <summary>Registers every recurring job, cron in Europe/Rome; an occurrence missed while every node was down runs once at the next start.</summary>
    public static void Register(IRecurringJobManager manager, JobSchedule schedule)
    {
        foreach (var (job, cron) in schedule.Entries())
        {
            var options = new RecurringJobOptions { TimeZone = Rome, MisfireHandling = MisfireHandlingMode.Relaxed };
            if (job == JobNames.Sender)
            {
                manager.AddOrUpdate<ScadenzarioJobs>(job, jobs => jobs.SendAsync(CancellationToken.None), cron, options);
            }
            else
            {
                manager.AddOrUpdate<ScadenzarioJobs>(job, jobs => jobs.ComposeAsync(job, CancellationToken.None), cron, options);
            }
        }
    }

    private sealed class RecurringJobsRegistration(IRecurringJobManager manager, JobSchedule schedule) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            Register(manager, schedule);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
