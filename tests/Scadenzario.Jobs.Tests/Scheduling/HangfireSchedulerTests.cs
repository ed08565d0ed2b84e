using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Scheduling;

/// <summary>
/// Hangfire servers on one PostgreSQL database, with the real maildev: each recurring occurrence
/// runs once in the cluster, each message arrives once, through an SMTP server that is down for a
/// while and a server that dies while sending; cron in Europe/Rome across the changes of hour.
/// </summary>
public sealed class HangfireSchedulerTests : IAsyncLifetime
{
    private const string Never = "0 0 31 2 *";
    private static readonly LocalDateTime ListsMorning = new(2024, 5, 10, 7, 30);

    // Every second, so that both nodes get to run them many times during a test; nothing else runs.
    private static readonly JobSchedule EverySecond = new()
    {
        Digest = "* * * * * *", Sender = "* * * * * *", Notices = "* * * * * *",
        Reminders = Never, Escalation = Never,
    };

    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task TwoServers_DigestAndSenderEverySecond_EachOccurrenceOnceEachMessageOnce()
    {
        scenario.Clock.Reset(RomeTime.ToInstant(ListsMorning));
        using var first = await StartNodeAsync("node-1", EverySecond);
        using var second = await StartNodeAsync("node-2", EverySecond);

        await scenario.Mail.WaitForAsync(3, TimeSpan.FromSeconds(60));
        await WaitUntilAsync("six occurrences of the digest", async () =>
            await Scalar("SELECT count(*) FROM hangfire.jobparameter WHERE name = 'RecurringJobId' AND value = '\"digest\"'") >= 6);
        await Task.Delay(TimeSpan.FromSeconds(3));  // more occurrences on both nodes: nothing more may arrive
        var received = await scenario.Mail.MessagesAsync();

        Assert.Equal(
            [Scenario.UfficioGenova, Scenario.UfficioRapallo, Scenario.SegretarioCondiviso],
            received.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(received, m => Assert.StartsWith("Scadenze elettorali – venerdì 10 maggio 2024", m.Subject, StringComparison.Ordinal));
        Assert.Equal(3, await Scalar("SELECT count(*) FROM outbox WHERE status = 'sent'"));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM hangfire.server"));
        // One job per occurrence of the recurring digest, whichever node enqueued it.
        const string occurrences = """
            SELECT t.value FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time'
            WHERE r.name = 'RecurringJobId' AND r.value = '"digest"'
            """;
        Assert.Equal(await Scalar($"SELECT count(*) FROM ({occurrences}) o"), await Scalar($"SELECT count(DISTINCT value) FROM ({occurrences}) o"));
        Assert.Equal(0, await Scalar("SELECT count(*) FROM hangfire.job WHERE statename = 'Failed'"));
    }

    [Fact]
    public async Task Server_NoSweep_SenderRunsRightAfterTheDigestCommitted()
    {
        scenario.Clock.Reset(RomeTime.ToInstant(ListsMorning));
        using var node = await StartNodeAsync("node-1", EverySecond with { Sender = Never });

        var received = await scenario.Mail.WaitForAsync(3, TimeSpan.FromSeconds(60));

        Assert.Equal(3, received.Count);
        Assert.True(await Scalar("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%SendAsync%'") >= 1);
    }

    [Fact]
    public async Task Server_SmtpDownThenBack_EveryMessageOnceWithEveryAttemptRecorded()
    {
        scenario.Clock.Reset(RomeTime.ToInstant(ListsMorning));
        await scenario.Mail.StopAsync();
        using var node = await StartNodeAsync("node-1", EverySecond);

        await WaitUntilAsync("a failed attempt for each digest", async () =>
            await Scalar("SELECT count(*) FROM outbox") == 3 && await Scalar("SELECT count(DISTINCT outbox_id) FROM outbox_attempt WHERE NOT succeeded") == 3);
        await scenario.Mail.StartAsync();
        scenario.Clock.Advance(Duration.FromMinutes(2));  // past the outbox's first retry delay

        await scenario.Mail.WaitForAsync(3, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var received = await scenario.Mail.MessagesAsync();

        Assert.Equal(3, received.Count);
        Assert.Equal(3, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(3, await Scalar("SELECT count(*) FROM outbox WHERE status = 'sent' AND attempts = 2"));
        Assert.Equal(3, await Scalar("SELECT count(*) FROM outbox_attempt WHERE succeeded AND smtp_status = 250"));
        // Retries are the outbox's: no Hangfire job failed or was retried because the SMTP server was down.
        Assert.Equal(0, await Scalar("SELECT count(*) FROM hangfire.job WHERE statename = 'Failed'"));
        Assert.Equal(0, await Scalar("SELECT count(*) FROM hangfire.jobparameter WHERE name = 'RetryCount'"));
    }

    [Fact]
    public async Task Server_KilledWhileSending_AnotherServerSendsEachMessageOnceWhenTheLeaseEnds()
    {
        scenario.Clock.Reset(RomeTime.ToInstant(ListsMorning));
        var hanging = new HangingTransport();
        var dying = await StartNodeAsync("node-a", EverySecond, hanging);
        await hanging.Entered.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await WaitUntilAsync("node-a holding the digests", async () => await Scalar("SELECT count(*) FROM outbox WHERE locked_by = 'node-a'") == 3);
        await dying.KillAsync();

        using var survivor = await StartNodeAsync("node-b", EverySecond);
        await Task.Delay(TimeSpan.FromSeconds(3));  // node-b sweeps every second: the lease still holds
        Assert.Empty(await scenario.Mail.MessagesAsync());

        scenario.Clock.Advance(Duration.FromTimeSpan(scenario.Options.Lease) + Duration.FromSeconds(1));
        await scenario.Mail.WaitForAsync(3, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var received = await scenario.Mail.MessagesAsync();

        Assert.Equal(3, received.Count);
        Assert.Equal(3, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(3, await Scalar("SELECT count(*) FROM outbox_attempt WHERE node = 'node-b' AND succeeded"));
    }

    [Theory]
    // The spring change (31 March 2024, 02:00 -> 03:00): 07:30 is 06:30 UTC on Saturday, 05:30 UTC on Sunday; 08:00 is 07:00 and 06:00.
    [InlineData("2024-03-30T05:00:00Z", "2024-03-30T06:30:00Z", "2024-03-30T07:00:00Z")]
    [InlineData("2024-03-30T07:05:00Z", "2024-03-31T05:30:00Z", "2024-03-31T06:00:00Z")]
    // The autumn change (27 October 2024, 03:00 -> 02:00): 07:30 is 05:30 UTC on Saturday, 06:30 UTC on Sunday; 08:00 is 06:00 and 07:00.
    [InlineData("2024-10-26T04:00:00Z", "2024-10-26T05:30:00Z", "2024-10-26T06:00:00Z")]
    [InlineData("2024-10-26T07:00:00Z", "2024-10-27T06:30:00Z", "2024-10-27T07:00:00Z")]
    public void Recurring_AroundTheChangeOfHour_DigestAt0730AndEscalationAt0800InRome(string now, string digest, string escalation)
    {
        // No host here: Hangfire's static log provider may still point at the logger of a node stopped by another test.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        var storage = HangfireStorage.Create(scenario.Database.ConnectionString);
        var at = Utc(now);
        var manager = new RecurringJobManager(storage, JobFilterProviders.Providers, new DefaultTimeZoneResolver(), () => at);

        HangfireScheduling.Register(manager, new JobSchedule());

        using var connection = storage.GetConnection();
        var jobs = connection.GetRecurringJobs();
        Assert.Equal(Utc(digest), jobs.Single(j => j.Id == JobNames.Digest).NextExecution);
        Assert.Equal(Utc(escalation), jobs.Single(j => j.Id == JobNames.Escalation).NextExecution);
        Assert.All(jobs, j => Assert.Equal("Europe/Rome", j.TimeZoneId));
    }

    private static DateTime Utc(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    private async Task<Node> StartNodeAsync(string name, JobSchedule schedule, IMailTransport? transport = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddScadenzarioScheduler(new SchedulerSettings(
            scenario.Database.ConnectionString, scenario.Database.DataSource, Fixtures.Calendars, transport ?? scenario.Smtp(), scenario.Clock, scenario.Options, name)
        {
            Schedule = schedule,
            PollingInterval = TimeSpan.FromSeconds(1),
        });
        var host = builder.Build();
        await host.StartAsync();
        return new Node(host);
    }

    private async Task<long> Scalar(string sql) => await scenario.Database.ScalarAsync<long>(sql);

    private static async Task WaitUntilAsync(string what, Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"waited a minute for {what}");
            await Task.Delay(200);
        }
    }

    /// <summary>A node of the cluster; <see cref="KillAsync"/> stops it without waiting for its jobs, as a crash would.</summary>
    private sealed class Node(IHost host) : IDisposable
    {
        private bool stopped;

        public async Task KillAsync()
        {
            // The shutdown token cancels the running sender mid-conversation; its claims stay in the outbox.
            using var now = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));
            try
            {
                await host.StopAsync(now.Token);
            }
            catch (OperationCanceledException)
            {
            }

            host.Dispose();
            stopped = true;
        }

        public void Dispose()
        {
            if (!stopped)
            {
                host.StopAsync().GetAwaiter().GetResult();
                host.Dispose();
            }
        }
    }

    /// <summary>An SMTP conversation that never ends: the node dies in the middle of it.</summary>
    private sealed class HangingTransport : IMailTransport, IMailSession
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IMailSession Open() => this;

        public async Task<SmtpAnswer> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
