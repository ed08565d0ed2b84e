using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Reminders;

/// <summary>The one separate message about an office's act: due before the next digest, and changed after the last one.</summary>
public sealed class UrgentNoticesTests : IAsyncLifetime
{
    private static readonly LocalDate Saturday = new(2024, 5, 11);
    private readonly Scenario scenario = new();
    private long lists;

    public async Task InitializeAsync()
    {
        await scenario.InitializeAsync();
        // The presentation of the lists of Genova, due on Saturday 11 May at 12.
        lists = await scenario.TaskIdAsync(Scenario.Genova, "comunali.presentazione-liste");
    }

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Urgent_ActReopenedAfterTheDigestAndDueBeforeTheNext_IsToldAtOnce_Once()
    {
        await CompleteAsync(Saturday.At(new LocalTime(7, 0)));
        var digest = await scenario.RunAndDeliverAsync(JobNames.Digest, Saturday.At(new LocalTime(7, 30)));
        Assert.DoesNotContain("Presentazione delle liste dei candidati", Assert.Single(digest, m => m.To == Scenario.UfficioGenova).Text);
        await scenario.Mail.ClearAsync();
        await ReopenAsync(Saturday.At(new LocalTime(9, 0)));

        var mails = await scenario.RunAndDeliverAsync(JobNames.Reminders, Saturday.At(new LocalTime(9, 15)));

        Assert.Equal(
            new[] { Scenario.SegretarioCondiviso, Scenario.UfficioGenova }.Order(StringComparer.Ordinal),
            mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Equal("Avviso urgente: «Presentazione delle liste dei candidati» scade oggi alle ore 12:00 – Comune di Genova", m.Subject));
        var mail = mails[0];
        Assert.Contains("per il Comune di Genova l'adempimento seguente scade oggi alle ore 12:00, sabato 11 maggio 2024, ore 12:00", mail.Text);
        Assert.Contains($"http://localhost:5080/adempimenti/{lists}", mail.Text);
        Assert.Contains("Per scegliere quali messaggi ricevere: http://localhost:5080/account/notifiche", mail.Text);
        Assert.EndsWith(": 0", await scenario.RunAsync(JobNames.Reminders, Saturday.At(new LocalTime(9, 30))));
    }

    [Fact]
    public async Task Urgent_ActReopenedAfterTheDigestButDueAfterTheNext_WaitsForTheDigest()
    {
        // Reopened on Friday at 9: due Saturday at 12, after Saturday's digest at 7:30, which carries it.
        await CompleteAsync(Saturday.PlusDays(-1).At(new LocalTime(7, 0)));
        await ReopenAsync(Saturday.PlusDays(-1).At(new LocalTime(9, 0)));

        Assert.EndsWith(": 0", await scenario.RunAsync(JobNames.Reminders, Saturday.PlusDays(-1).At(new LocalTime(9, 15))));
    }

    [Fact]
    public async Task Urgent_NoChangeSinceTheDigest_SendsNothing()
    {
        // Reopened at 7:10, before the digest of 7:30 that carries it: nothing separate at 9:15.
        await CompleteAsync(Saturday.At(new LocalTime(7, 0)));
        await ReopenAsync(Saturday.At(new LocalTime(7, 10)));

        Assert.EndsWith(": 0", await scenario.RunAsync(JobNames.Reminders, Saturday.At(new LocalTime(9, 15))));
    }

    [Fact]
    public async Task Urgent_UserWhoTurnedUrgentNoticesOff_GetsNone()
    {
        await People.AddAsync(scenario.Database, "mario.rossi@comune.genova.it", Scenario.Genova, "operatore", NotificationSettings.Everything with { Urgente = false });
        await People.AddAsync(scenario.Database, "lucia.bianchi@comune.genova.it", Scenario.Genova, "operatore");
        await CompleteAsync(Saturday.At(new LocalTime(7, 0)));
        await ReopenAsync(Saturday.At(new LocalTime(9, 0)));

        var mails = await scenario.RunAndDeliverAsync(JobNames.Reminders, Saturday.At(new LocalTime(9, 15)));

        Assert.Equal(["lucia.bianchi@comune.genova.it"], mails.Select(m => m.To));
    }

    private async Task CompleteAsync(LocalDateTime rome)
    {
        scenario.Clock.Reset(RomeTime.ToInstant(rome));
        await new AdempimentiService(scenario.Database.DataSource, scenario.Clock).CompleteAsync(lists, Scenario.Genova, "Ufficio elettorale", "PG/2024/100", null);
    }

    private async Task ReopenAsync(LocalDateTime rome)
    {
        scenario.Clock.Reset(RomeTime.ToInstant(rome));
        await new AdempimentiService(scenario.Database.DataSource, scenario.Clock).ReopenAsync(lists, Scenario.Genova, "Ufficio elettorale", "protocollo sbagliato");
    }
}
