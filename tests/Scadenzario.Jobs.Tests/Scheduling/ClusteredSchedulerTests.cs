using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Scheduling;

/// <summary>Two Quartz nodes clustered on one PostgreSQL database: the jobs fire across the cluster, and every message arrives once.</summary>
public sealed class ClusteredSchedulerTests : IAsyncLifetime
{
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task TwoNodes_DigestAndSenderEverySecond_EachMessageArrivesOnce()
    {
        scenario.Clock.Reset(RomeTime.ToInstant(new LocalDateTime(2024, 5, 10, 7, 30)));
        // Every second, so that both nodes get to fire them many times during the test.
        var schedule = new JobSchedule { Digest = "* * * * * ?", Sender = "* * * * * ?", Notices = "* * * * * ?" };
        await using var first = await StartNodeAsync("node-1", schedule);
        await using var second = await StartNodeAsync("node-2", schedule);

        var received = await scenario.Mail.WaitForAsync(3, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4));  // more firings on both nodes: nothing more may arrive
        received = await scenario.Mail.MessagesAsync();

        Assert.Equal(
            [Scenario.UfficioGenova, Scenario.UfficioRapallo, Scenario.SegretarioCondiviso],
            received.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(received, m => Assert.StartsWith("Scadenze elettorali – venerdì 10 maggio 2024", m.Subject));
        Assert.Equal(2, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM qrtz_scheduler_state"));
        Assert.Equal(3, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE status = 'sent'"));
    }

    private async Task<Node> StartNodeAsync(string name, JobSchedule schedule)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScadenzarioScheduler(new SchedulerSettings(
            scenario.Database.ConnectionString, scenario.Database.DataSource, Fixtures.Calendars, scenario.Smtp(), scenario.Clock, scenario.Options, name)
        {
            Schedule = schedule,
        });
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        return new Node(provider, scheduler);
    }

    private sealed record Node(ServiceProvider Provider, IScheduler Scheduler) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Scheduler.Shutdown(waitForJobsToComplete: true);
            await Provider.DisposeAsync();
        }
    }
}
