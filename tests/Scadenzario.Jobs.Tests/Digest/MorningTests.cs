using NodaTime;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Digest;

/// <summary>A whole morning of jobs, as the scheduler runs them: one message per person.</summary>
public sealed class MorningTests : IAsyncLifetime
{
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Morning_WithRemindersDue_EachPersonGetsOneMessage_AndEveryMessageLinksTheSettings()
    {
        // 10 May 2024: the presentation of the lists (due tomorrow at 12) has its reminder today.
        var day = new LocalDate(2024, 5, 10);
        await scenario.RunAsync(JobNames.Reminders, day.At(new LocalTime(7, 0)));
        await scenario.RunAsync(JobNames.Digest, day.At(new LocalTime(7, 30)));
        await scenario.RunAsync(JobNames.Escalation, day.At(new LocalTime(8, 0)));
        var mails = await scenario.RunAndDeliverAsync(JobNames.Notices, day.At(new LocalTime(8, 5)));

        // Genova's ufficio, Rapallo's, the segretario of both (one digest, two sections), and the
        // prefettura's escalation: before this change the comuni's people also got one reminder per act.
        Assert.Equal(
            new[] { Scenario.SegretarioCondiviso, Scenario.UfficioGenova, Scenario.UfficioRapallo, Scenario.PrefetturaGenova }.Order(StringComparer.Ordinal),
            mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.Equal(4, mails.Select(m => m.To).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(mails, m => Assert.Contains("Per scegliere quali messaggi ricevere: http://localhost:5080/account/notifiche", m.Text));
        Assert.All(mails, m => Assert.Contains("<a href=\"http://localhost:5080/account/notifiche\">", m.Html));
        var genova = Assert.Single(mails, m => m.To == Scenario.UfficioGenova);
        Assert.Contains("- Presentazione delle liste dei candidati\n  Promemoria: scade domani\n", genova.Text);
        Assert.Equal(0, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE kind = 'promemoria'"));
    }
}
