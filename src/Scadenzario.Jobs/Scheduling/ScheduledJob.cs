using Microsoft.Extensions.Logging;
using NodaTime;
using Quartz;

namespace Scadenzario.Jobs.Scheduling;

/// <summary>
/// The Quartz side of every job: reads which job it is from its data and hands over to
/// <see cref="JobRunner"/> at the clock's instant. Concurrent runs of one job are refused across the
/// cluster; correctness does not depend on it (the outbox keys and SKIP LOCKED do that), it only
/// saves the work of a run that would write nothing.
/// </summary>
[DisallowConcurrentExecution]
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
