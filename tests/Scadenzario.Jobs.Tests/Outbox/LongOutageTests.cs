using Xunit.Abstractions;
using System.Text.RegularExpressions;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Outbox;

/// <summary>
/// The relay is down from a Friday morning to the Monday morning, 72 hours, while the scheduler
/// keeps composing each morning's digest (with the day's reminders in it) and the sender keeps trying every quarter
/// of an hour, all on the injected clock with the product's default retry policy. When the relay
/// is back, every person has what they needed, once: nothing failed, nothing sent twice, and every
/// act still to do that any queued digest listed reached its recipient.
/// </summary>
public sealed partial class LongOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly LocalDateTime FridayMorning = new(2024, 5, 10, 7, 0);
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Outage_ThreeDays_NothingLostNothingDoubled()
    {
        scenario.Options = new JobsOptions();  // the defaults: 1 minute doubling, capped at 1 hour, 4 days
        await scenario.Mail.StopAsync();
        var end = FridayMorning.PlusHours(72);
        for (var at = FridayMorning; at < end; at = at.PlusMinutes(15))
        {
            scenario.Clock.Reset(RomeTime.ToInstant(at));
            if (at.TimeOfDay == new LocalTime(7, 0))
            {
                await scenario.Runner().RunAsync(JobNames.Reminders, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
            }

            if (at.TimeOfDay == new LocalTime(7, 30))
            {
                await scenario.Runner().RunAsync(JobNames.Digest, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
            }

            await scenario.Runner().RunAsync(JobNames.Sender, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        }

        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'sent'"));
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'failed'"));
        Assert.True(await scenario.Database.ScalarAsync<long>("SELECT count(DISTINCT dedup_key) FROM outbox WHERE kind = 'digest'") >= 3, "a digest each morning");

        // Monday 07:00: the relay is back, the morning's jobs and the sender run as scheduled.
        await scenario.Mail.StartAsync();
        scenario.Clock.Reset(RomeTime.ToInstant(end));
        await scenario.Runner().RunAsync(JobNames.Reminders, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        await scenario.Runner().RunAsync(JobNames.Sender, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        scenario.Clock.Reset(RomeTime.ToInstant(end.PlusMinutes(30)));
        await scenario.Runner().RunAsync(JobNames.Digest, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        await scenario.Runner().RunAsync(JobNames.Sender, scenario.Clock.GetCurrentInstant(), CancellationToken.None);

        var received = await scenario.Mail.MessagesAsync();
        var sent = await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'sent'");
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status IN ('pending', 'failed')"));
        Assert.Equal(sent, received.Count);
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        output.WriteLine($"3-day outage: {await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox")} messages written, {sent} sent, " +
            $"{await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'closed'")} closed as superseded, " +
            $"{await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'failed'")} failed; received {received.Count}, " +
            $"doubled {received.Count - received.Select(m => m.MessageId).Distinct().Count()}; attempts {await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox_attempt")}");

        // The day's reminders travel inside the digests (one message per person per morning):
        // Monday's digests, received once each, carry their marks.
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE kind = 'promemoria'"));
        Assert.Contains(received, m => m.Subject.Contains("13 maggio", StringComparison.Ordinal) && m.Text.Contains("Promemoria: scade", StringComparison.Ordinal));

        // The older digests were closed with their reason, and each person got Monday's.
        var closed = await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'closed' AND closed_reason LIKE 'Sostituito dal riepilogo di lunedì 13 maggio 2024%'");
        Assert.True(closed > 0, "the digests of Friday to Sunday are superseded by Monday's");
        var digestRecipients = await scenario.Database.ScalarAsync<long>("SELECT count(DISTINCT lower(recipient)) FROM outbox WHERE kind = 'digest'");
        Assert.Equal(digestRecipients, received.Where(m => m.Subject.Contains("13 maggio", StringComparison.Ordinal)).Select(m => m.To.ToLowerInvariant()).Distinct().Count());

        // Nothing lost: each act still to do that a queued digest listed reached that person in a message received.
        var linked = received.GroupBy(m => m.To.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.SelectMany(m => TaskLink().Matches(m.Html).Select(x => long.Parse(x.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))).ToHashSet());
        var listed = await ListedOpenActsAsync();
        Assert.NotEmpty(listed);
        var missing = listed.Where(l => !linked.TryGetValue(l.Recipient, out var acts) || !acts.Contains(l.Act)).ToList();
        Assert.True(missing.Count == 0, "acts never received: " + string.Join(", ", missing.Take(10)));
    }

    private async Task<List<(string Recipient, long Act)>> ListedOpenActsAsync()
    {
        var pairs = new List<(string, long)>();
        await using var command = scenario.Database.DataSource.CreateCommand("""
            SELECT DISTINCT lower(o.recipient), a.id FROM outbox o CROSS JOIN LATERAL unnest(o.acts) AS a (id)
            JOIN adempimento_vista t ON t.id = a.id WHERE o.kind = 'digest' AND t.status = 'da_fare'
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pairs.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return pairs;
    }

    [GeneratedRegex("/adempimenti/([0-9]+)\"")]
    private static partial Regex TaskLink();
}
