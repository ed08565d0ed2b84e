using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Reminders;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Digest;

/// <summary>The 7:30 digest, with the reminders of the day in it, composed from the real database and read back from a real SMTP server.</summary>
public sealed class DailyDigestTests : IAsyncLifetime
{
    // 10 May 2024, the 30th day before the vote: the presentation of the lists opens at 8.
    private static readonly LocalDateTime ListsMorning = new(2024, 5, 10, 7, 30);
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Digest_MorningOfListPresentation_TellsTheComuneWhatOpensTodayWithBasisAndLink()
    {
        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        var genova = Assert.Single(mails, m => m.To == Scenario.UfficioGenova);
        Assert.Equal("Scadenze elettorali – venerdì 10 maggio 2024 – Comune di Genova: " + genova.Subject.Split(": ", 2)[1], genova.Subject);
        Assert.Contains("Comune di Genova (010025)", genova.Text);
        Assert.Contains("Presentazione delle liste dei candidati", genova.Text);
        Assert.Contains("Si apre oggi alle ore 08:00, scade sabato 11 maggio 2024, ore 12:00", genova.Text);
        Assert.Contains("art. 32, penultimo comma, d.P.R. 570/1960", genova.Text);
        var lists = await scenario.TaskIdAsync(Scenario.Genova, "comunali.presentazione-liste");
        Assert.Contains($"http://localhost:5080/adempimenti/{lists}", genova.Text);
        Assert.Contains($"href=\"http://localhost:5080/adempimenti/{lists}\"", genova.Html);
        Assert.Contains("Nei prossimi 7 giorni", genova.Text);
        Assert.Contains("Scaduti e non ancora completati", genova.Text);
    }

    [Fact]
    public async Task Digest_ActDueByTheEndOfTheDay_SaysOre24_NeverTheStoredHour()
    {
        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        // The transmission of the lists to the commissione circondariale: "entro le ore 24" of the 29th day before the vote.
        var genova = Assert.Single(mails, m => m.To == Scenario.UfficioGenova);
        Assert.Contains("Trasmissione delle liste alla Commissione elettorale circondariale\n  Promemoria: scade domani\n  Scade sabato 11 maggio 2024, ore 24 · ", genova.Text);
        Assert.All(mails, m => Assert.DoesNotContain("24:00", m.Text + m.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Digest_SegretarioOfTwoComuni_GetsOneMessageWithASectionEach()
    {
        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        var segretario = Assert.Single(mails, m => m.To == Scenario.SegretarioCondiviso);
        Assert.Contains("2 enti", segretario.Subject);
        Assert.Contains("Comune di Genova (010025)", segretario.Text);
        Assert.Contains("Comune di Rapallo (010046)", segretario.Text);
        Assert.Single(mails, m => m.To == Scenario.UfficioRapallo);
        Assert.Equal(3, mails.Count);
    }

    [Fact]
    public async Task Digest_EnteWithNothingDue_GetsNothing()
    {
        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        Assert.DoesNotContain(mails, m => m.To.Contains("rondanina", StringComparison.Ordinal));
        Assert.Equal(0, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE recipient LIKE '%rondanina%'"));
    }

    [Fact]
    public async Task Digest_RunTwiceTheSameDay_WritesEachMessageOnce()
    {
        await scenario.RunAsync(JobNames.Digest, ListsMorning);
        var again = await scenario.RunAsync(JobNames.Digest, ListsMorning.PlusMinutes(40));

        Assert.EndsWith(": 0", again);
        Assert.Equal(3, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE kind = 'digest'"));
    }

    [Fact]
    public async Task Digest_LongAfterTheTornata_WithEverythingCompleted_SendsNothing()
    {
        await scenario.Database.ScalarAsync<int>(
            "UPDATE adempimento SET status = 'completato', completed_at = now(), completed_by = 'test' WHERE status = 'da_fare'");

        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, new LocalDateTime(2024, 12, 2, 7, 30));

        Assert.Empty(mails);
    }

    [Fact]
    public async Task Digest_ListPresentationDueSaturdayAtNoon_IsMarkedThreeDaysBeforeTheDayBeforeAndThatMorning()
    {
        const string Lists = "- Presentazione delle liste dei candidati\n";
        var marks = new Dictionary<LocalDate, string?>();
        for (var day = new LocalDate(2024, 5, 7); day <= new LocalDate(2024, 5, 12); day = day.PlusDays(1))
        {
            await scenario.Mail.ClearAsync();
            var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, day.At(new LocalTime(7, 30)));
            var text = Assert.Single(mails, m => m.To == Scenario.UfficioGenova).Text;
            var item = text.IndexOf(Lists, StringComparison.Ordinal);
            var next = item < 0 ? null : text[(item + Lists.Length)..].Split('\n')[0].Trim();
            marks[day] = next is not null && next.StartsWith("Promemoria", StringComparison.Ordinal) ? next : item < 0 ? "assente" : null;
        }

        // The default reminders (3 days, the day before, the day itself) of an act due on 11 May at 12.
        Assert.Null(marks[new LocalDate(2024, 5, 7)]);
        Assert.Equal("Promemoria: scade tra 3 giorni", marks[new LocalDate(2024, 5, 8)]);
        Assert.Null(marks[new LocalDate(2024, 5, 9)]);
        Assert.Equal("Promemoria: scade domani", marks[new LocalDate(2024, 5, 10)]);
        Assert.Equal("Promemoria: scade oggi", marks[new LocalDate(2024, 5, 11)]);
        // Past its deadline it is listed as overdue, with no reminder.
        Assert.Null(marks[new LocalDate(2024, 5, 12)]);
    }

    [Fact]
    public async Task Digest_CompletedAct_CarriesNoReminderForIt()
    {
        var lists = await scenario.TaskIdAsync(Scenario.Genova, "comunali.presentazione-liste");
        scenario.Clock.Reset(Calendars.Time.RomeTime.ToInstant(new LocalDateTime(2024, 5, 9, 18, 0)));
        await new Data.Adempimenti.AdempimentiService(scenario.Database.DataSource, scenario.Clock)
            .CompleteAsync(lists, Scenario.Genova, "Ufficio elettorale", "PG/2024/100", null);

        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        var genova = Assert.Single(mails, m => m.To == Scenario.UfficioGenova);
        Assert.DoesNotContain("Presentazione delle liste dei candidati", genova.Text);
    }

    [Fact]
    public void Policy_RuleWithItsOwnReminders_UsesThemAndLooksFarEnoughAhead()
    {
        var rule = Fixtures.Calendars.Rules.First(r => r.Id == "comunali.presentazione-liste");
        var policy = new ReminderPolicy([rule with { Reminders = [10, 2] }]);

        Assert.Equal([10, 2], policy.OffsetsFor("comunali.presentazione-liste"));
        Assert.Equal(ReminderPolicy.Default, policy.OffsetsFor("votazione"));
        Assert.Equal(10, policy.MaxOffset);
        Assert.Equal([3, 1, 0], ReminderPolicy.From(Fixtures.Calendars).OffsetsFor("comunali.presentazione-liste"));
    }
}
