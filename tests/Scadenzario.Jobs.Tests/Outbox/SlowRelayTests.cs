using Xunit.Abstractions;
using System.Diagnostics;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Outbox;

/// <summary>
/// A relay so slow that a batch takes several leases to send, with two nodes sending at once: each
/// message still reaches the server exactly once, because the message being sent has its lease
/// renewed and a message left waiting in a batch is sent by whichever node holds it.
/// </summary>
public sealed class SlowRelayTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly LocalDateTime ListsMorning = new(2024, 5, 10, 7, 30);
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task SlowRelay_TwoNodesShortLease_EachMessageExactlyOnce()
    {
        await scenario.RunAsync(JobNames.Reminders, ListsMorning.PlusMinutes(-30));
        await scenario.RunAsync(JobNames.Digest, ListsMorning);
        var queued = await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'pending'");
        // One message per person: the digests (with the day's reminders in them) of the three recipients.
        Assert.True(queued >= 3, $"expected the morning's messages, found {queued}");

        // Each reply of the server is held 150 ms: a message takes about 4 replies, over 0.6 s,
        // so one lease of a second covers fewer than two messages of the batch.
        await using var proxy = new DelayingProxy(scenario.Mail.SmtpPort, TimeSpan.FromMilliseconds(150));
        var options = scenario.Options with { Lease = TimeSpan.FromSeconds(1) };
        var clock = new RunningClock(RomeTime.ToInstant(ListsMorning));
        var transport = new MailKitTransport(scenario.Mail.Options with { Port = proxy.Port });

        await Task.WhenAll(
            Task.Run(() => SendUntilEmptyAsync("node-a")),
            Task.Run(() => SendUntilEmptyAsync("node-b")));

        var received = await scenario.Mail.MessagesAsync();
        output.WriteLine($"slow relay (150 ms a reply, 1 s lease, two nodes): {queued} queued, {received.Count} received, {received.Count - received.Select(m => m.MessageId).Distinct().Count()} doubled, " +
            $"{queued - received.Select(m => m.MessageId).Distinct().Count()} lost");
        Assert.Equal(queued, received.Count);
        Assert.Equal(queued, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(queued, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'sent'"));
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM (SELECT outbox_id FROM outbox_attempt WHERE succeeded GROUP BY outbox_id HAVING count(*) > 1) doubled"));

        async Task SendUntilEmptyAsync(string node)
        {
            var waited = Stopwatch.StartNew();
            while (await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'pending'") > 0)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "the slow relay never emptied the outbox");
                await new OutboxSender(scenario.Database.DataSource, transport, clock, options, node).SendDueAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>The injected clock, running at the speed of real time from a given instant: leases end while the relay is slow.</summary>
    private sealed class RunningClock(Instant start) : IClock
    {
        private readonly Stopwatch elapsed = Stopwatch.StartNew();

        public Instant GetCurrentInstant() => start + Duration.FromTimeSpan(elapsed.Elapsed);
    }
}
