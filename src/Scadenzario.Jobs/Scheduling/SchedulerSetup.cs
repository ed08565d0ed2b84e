using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using Quartz;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs.Scheduling;

/// <summary>When each job runs, as Quartz cron expressions in Europe/Rome (the law's and the offices' time).</summary>
public sealed record JobSchedule
{
    public string Reminders { get; init; } = "0 0 7 * * ?";

    public string Digest { get; init; } = "0 30 7 * * ?";

    public string Escalation { get; init; } = "0 0 8 * * ?";

    public string Notices { get; init; } = "0 0/5 * * * ?";

    public string Sender { get; init; } = "0/30 * * * * ?";

    public IEnumerable<(string Job, string Cron)> Entries() =>
    [
        (JobNames.Reminders, Reminders), (JobNames.Digest, Digest), (JobNames.Escalation, Escalation),
        (JobNames.Notices, Notices), (JobNames.Sender, Sender),
    ];
}

/// <summary>Everything one scheduler node needs, to register with <see cref="SchedulerSetup.AddScadenzarioScheduler"/>.</summary>
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
}

public static class SchedulerSetup
{
    /// <summary>
    /// The Quartz scheduler of one node: a persistent store on the project's PostgreSQL, clustered with
    /// every other node on that database, its tables created on first start; the jobs on cron triggers
    /// in Europe/Rome. A trigger missed while every node was down fires once at the next start.
    /// </summary>
    public static IServiceCollection AddScadenzarioScheduler(this IServiceCollection services, SchedulerSettings settings)
    {
        services.AddSingleton(settings.Clock);
        services.AddSingleton(new JobRunner(settings.DataSource, settings.Calendars, settings.Transport, settings.Clock, settings.Options, settings.Node));
        var rome = TimeZoneInfo.FindSystemTimeZoneById(RomeTime.Zone.Id);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(s =>
            {
                s.InstanceName = "Scadenzario";
                s.InstanceId = settings.Node;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(settings.ConnectionString);
                store.UseClustering();
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            foreach (var (job, cron) in settings.Schedule.Entries())
            {
                quartz.AddJob<ScheduledJob>(j => j.WithIdentity(job).UsingJobData(ScheduledJob.JobKey, job).StoreDurably());
                quartz.AddTrigger(t => t.ForJob(job).WithIdentity($"{job}-cron")
                    .WithCronSchedule(cron, c => c.InTimeZone(rome).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
