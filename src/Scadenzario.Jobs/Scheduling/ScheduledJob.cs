using Microsoft.Extensions.Logging;
using NodaTime;
using Quartz;

namespace Scadenzario.Jobs.Scheduling;

/// <summary>
/// The Quartz side of every job: reads which job it is from its data and hands over to
/// <see cref="JobRunner"/> at the clock's instant, which is also the right day for a run that fires
/// late after a misfire. Runs of one job may overlap across the cluster on purpose: senders share
/// the outbox through SKIP LOCKED, the notifiers take turns on their cursor, and the outbox keys make
/// a repeated digest or reminder write nothing.
/// </summary>
public sealed class ScheduledJob(JobRunner runner, IClock clock, ILogger<ScheduledJob> logger) : IJob
{
    public const string JobKey = "job";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var job = context.MergedJobDataMap.GetString(JobKey) ?? context.JobDetail.Key.Name;
        var summary = await runner.RunAsync(job, clock.GetCurrentInstant(), cancellationToken);
        logger.LogInformation("{Job}: {Summary}", job, summary);
    }
}
