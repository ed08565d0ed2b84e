using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Reminders;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Reminders;

/// <summary>Reminders before a deadline, on the real database and SMTP server.</summary>
public sealed class DeadlineRemindersTests : IAsyncLifetime
{
    private const string Lists = "«Presentazione delle liste dei candidati»";
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Reminders_ListPresentationDueSaturdayAtNoon_ComeThreeDaysBeforeTheDayBeforeAndThatMorning()
    {
        var seen = new Dictionary<LocalDate, List<string>>();
        for (var day = new LocalDate(2024, 5, 7); day <= new LocalDate(2024, 5, 12); day = day.PlusDays(1))
        {
            await scenario.Mail.ClearAsync();
            var mails = await scenario.RunAndDeliverAsync(JobNames.Reminders, day.At(new LocalTime(7, 0)));
            seen[day] = [.. mails.Where(m => m.Subject.Contains(Lists, StringComparison.Ordinal)).Select(m => $"{m.To} | {m.Subject}")];
        }

        Assert.Empty(seen[new LocalDate(2024, 5, 7)]);
        Assert.Equal(
            [$"{Scenario.UfficioGenova} | Promemoria: tra 3 giorni scade {Lists} – Comune di Genova",
             $"{Scenario.SegretarioCondiviso} | Promemoria: tra 3 giorni scade {Lists} – Comune di Genova"],
            seen[new LocalDate(2024, 5, 8)].Order(StringComparer.Ordinal));
        Assert.Empty(seen[new LocalDate(2024, 5, 9)]);
        Assert.All(seen[new LocalDate(2024, 5, 10)], s => Assert.Contains($"domani scade {Lists}", s));
        Assert.Equal(2, seen[new LocalDate(2024, 5, 10)].Count);
        Assert.All(seen[new LocalDate(2024, 5, 11)], s => Assert.Contains($"oggi scade {Lists}", s));
        Assert.Equal(2, seen[new LocalDate(2024, 5, 11)].Count);
        Assert.Empty(seen[new LocalDate(2024, 5, 12)]);
    }

    [Fact]
    public async Task Reminder_Text_SaysTheDeadlineTheBasisAndLinksTheTask()
    {
        var mails = await scenario.RunAndDeliverAsync(JobNames.Reminders, new LocalDateTime(2024, 5, 10, 7, 0));

        var mail = Assert.Single(mails, m => m.To == Scenario.UfficioGenova && m.Subject.Contains(Lists, StringComparison.Ordinal));
        Assert.Contains("si ricorda che per il Comune di Genova l'adempimento seguente scade domani, sabato 11 maggio 2024, ore 12:00", mail.Text);
        Assert.Contains("Riferimento normativo: art. 32, penultimo comma, d.P.R. 570/1960", mail.Text);
        Assert.Contains($"http://localhost:5080/adempimenti/{await scenario.TaskIdAsync(Scenario.Genova, "comunali.presentazione-liste")}", mail.Text);
    }

    [Fact]
    public async Task Reminders_CompletedAct_IsNotReminded()
    {
        var lists = await scenario.TaskIdAsync(Scenario.Genova, "comunali.presentazione-liste");
        scenario.Clock.Reset(Scadenzario.Calendars.Time.RomeTime.ToInstant(new LocalDateTime(2024, 5, 9, 18, 0)));
        await new Data.Adempimenti.AdempimentiService(scenario.Database.DataSource, scenario.Clock)
            .CompleteAsync(lists, Scenario.Genova, "Ufficio elettorale", "PG/2024/100", null);

        var mails = await scenario.RunAndDeliverAsync(JobNames.Reminders, new LocalDateTime(2024, 5, 10, 7, 0));

        Assert.DoesNotContain(mails, m => m.Subject.Contains(Lists, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminders_RunTwice_WriteEachReminderOnce()
    {
        var first = await scenario.RunAsync(JobNames.Reminders, new LocalDateTime(2024, 5, 10, 7, 0));
        var second = await scenario.RunAsync(JobNames.Reminders, new LocalDateTime(2024, 5, 10, 9, 0));

        Assert.DoesNotContain(": 0", first);
        Assert.EndsWith(": 0", second);
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
