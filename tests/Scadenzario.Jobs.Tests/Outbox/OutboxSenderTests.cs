using Xunit.Abstractions;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Outbox;

/// <summary>Delivery through the outbox: a server down for a while, concurrent senders, a sender that dies mid-send.</summary>
public sealed class OutboxSenderTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly LocalDateTime ListsMorning = new(2024, 5, 10, 7, 30);
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Sender_SmtpDownForAWhileThenBack_DeliversEveryMessageOnce()
    {
        var queued = await QueueMorningAsync();
        await scenario.Mail.StopAsync();

        var down = await Sender("node-a").SendDueAsync(CancellationToken.None);
        Assert.Equal(new SendReport(0, queued, 0), down);
        Assert.Equal(queued, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox_attempt WHERE NOT succeeded AND smtp_answer <> ''"));

        Advance(Duration.FromSeconds(30));  // the first retry waits a minute
        Assert.Equal(new SendReport(0, 0, 0), await Sender("node-a").SendDueAsync(CancellationToken.None));

        Advance(Duration.FromSeconds(31));
        Assert.Equal(new SendReport(0, queued, 0), await Sender("node-a").SendDueAsync(CancellationToken.None));

        await scenario.Mail.StartAsync();
        Advance(Duration.FromMinutes(2));
        Assert.Equal(new SendReport(queued, 0, 0), await Sender("node-a").SendDueAsync(CancellationToken.None));
        Assert.Equal(new SendReport(0, 0, 0), await Sender("node-a").SendDueAsync(CancellationToken.None));

        var received = await scenario.Mail.MessagesAsync();
        Assert.Equal(queued, received.Count);
        Assert.Equal(queued, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(queued, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE status = 'sent' AND attempts = 3"));
        Assert.Equal(queued, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox_attempt WHERE succeeded AND smtp_status = 250"));
    }

    [Fact]
    public async Task Sender_SmtpDownBeyondTheRetryWindow_MarksTheMessagesFailedWithTheError()
    {
        scenario.Options = scenario.Options with { GiveUpAfter = TimeSpan.FromMinutes(90) };
        var queued = await QueueMorningAsync();
        await scenario.Mail.StopAsync();

        // Queued at 07:00 (reminders) and 07:30 (digests); the clock is at 07:30.
        for (var run = 0; run < 5; run++)
        {
            await Sender("node-a").SendDueAsync(CancellationToken.None);
            Advance(Duration.FromMinutes(10));
            Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'failed'"));
        }

        // Past 09:00, the end of every window: each last attempt was set for its window's end.
        Advance(Duration.FromMinutes(50));
        var last = await Sender("node-a").SendDueAsync(CancellationToken.None);

        Assert.Equal(new SendReport(0, 0, queued), last);
        Assert.Equal(queued, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE status = 'failed' AND last_error IS NOT NULL"));
        await scenario.Mail.StartAsync();
        Advance(Duration.FromHours(1));
        Assert.Equal(new SendReport(0, 0, 0), await Sender("node-a").SendDueAsync(CancellationToken.None));
        Assert.Empty(await scenario.Mail.MessagesAsync());
    }

    [Fact]
    public async Task Sender_TwoNodesAtOnce_EachMessageOnce()
    {
        scenario.Options = scenario.Options with { BatchSize = 2 };
        var queued = await QueueMorningAsync();

        var reports = await Task.WhenAll(
            Task.Run(() => Sender("node-a").SendDueAsync(CancellationToken.None)),
            Task.Run(() => Sender("node-b").SendDueAsync(CancellationToken.None)));

        Assert.Equal(queued, reports.Sum(r => r.Sent));
        var received = await scenario.Mail.MessagesAsync();
        Assert.Equal(queued, received.Count);
        Assert.Equal(queued, received.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Sender_NodeKilledWhileSending_AnotherNodeSendsOnceTheLeaseEnds()
    {
        var queued = await QueueMorningAsync();
        var hanging = new HangingTransport();
        using var kill = new CancellationTokenSource();
        var dying = Sender("node-a", hanging).SendDueAsync(kill.Token);
        await hanging.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying);

        Assert.Equal(queued, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE locked_by = 'node-a' AND status = 'pending'"));
        Assert.Equal(new SendReport(0, 0, 0), await Sender("node-b").SendDueAsync(CancellationToken.None));

        Advance(Duration.FromTimeSpan(scenario.Options.Lease) + Duration.FromSeconds(1));
        Assert.Equal(new SendReport(queued, 0, 0), await Sender("node-b").SendDueAsync(CancellationToken.None));
        Assert.Equal(new SendReport(0, 0, 0), await Sender("node-b").SendDueAsync(CancellationToken.None));

        var received = await scenario.Mail.MessagesAsync();
        output.WriteLine($"killed sender: {queued} queued, {received.Count} received, {received.Count - received.Select(m => m.MessageId).Distinct().Count()} doubled, {queued - received.Select(m => m.MessageId).Distinct().Count()} lost");
        Assert.Equal(queued, received.Count);
        Assert.Equal(queued, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(queued, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox_attempt WHERE node = 'node-b' AND succeeded"));
    }

    private async Task<int> QueueMorningAsync()
    {
        await scenario.RunAsync(JobNames.Digest, ListsMorning);
        await scenario.RunAsync(JobNames.Escalation, ListsMorning.PlusMinutes(30));
        var queued = await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE status = 'pending'");
        Assert.True(queued > 3, $"expected the digests and the escalation of the morning, found {queued}");
        return queued;
    }

    private OutboxSender Sender(string node, IMailTransport? transport = null) =>
        new(scenario.Database.DataSource, transport ?? scenario.Smtp(), scenario.Clock, scenario.Options, node);

    private void Advance(Duration duration) => scenario.Clock.Advance(duration);

    /// <summary>An SMTP conversation that never ends: the node is killed in the middle of it.</summary>
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
