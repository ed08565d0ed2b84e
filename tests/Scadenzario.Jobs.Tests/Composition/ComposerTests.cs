using NodaTime;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Digest;
using Scadenzario.Jobs.Postponement;
using Scadenzario.Jobs.Reminders;

namespace Scadenzario.Jobs.Tests.Composition;

/// <summary>The pure composers: Italian wording, HTML encoding, links.</summary>
public sealed class ComposerTests
{
    private static readonly JobsOptions Options = new() { WebBaseUrl = new Uri("https://scadenzario.example/app/") };
    private static readonly LocalDate Day = new(2024, 5, 10);

    private static TaskItem Task(long id, string title, LocalDate due, string? time = "12:00") => Task(id, title, due, time is null ? null : Calendars.Rules.ClockTime.Parse(time));

    private static TaskItem Task(long id, string title, LocalDate due, Calendars.Rules.ClockTime? time) =>
        new(id, title, "Ufficio elettorale comunale", "scadenza", "art. 32 d.P.R. 570/1960", null, null, due, time);

    [Fact]
    public void Digest_Provincia_UsesItsArticleAndLinksUnderTheBaseUrl()
    {
        var section = new DigestSection(new EnteRef("GE", "citta_metropolitana", "Genova"), [new DigestEntry(Task(7, "Atto <urgente> & co.", Day))], [], []);

        var mail = DigestComposer.Compose(new DigestMail("u@example.it", Day, [section]), Options);

        Assert.Equal("Scadenze elettorali – venerdì 10 maggio 2024 – Città metropolitana di Genova: 1 adempimento oggi", mail.Subject);
        Assert.Contains("per la Città metropolitana di Genova.", mail.Text);
        Assert.Contains("https://scadenzario.example/app/adempimenti/7", mail.Text);
        Assert.Contains("Scade oggi alle ore 12:00", mail.Text);
        Assert.Contains("Atto &lt;urgente&gt; &amp; co.", mail.Html);
        Assert.DoesNotContain("<urgente>", mail.Html);
    }

    [Fact]
    public void Digest_NothingToSay_IsRefused()
    {
        var empty = new DigestSection(new EnteRef("010025", "comune", "Genova"), [], [], []);

        Assert.Throws<ArgumentException>(() => DigestComposer.Compose(new DigestMail("u@example.it", Day, [empty]), Options));
    }

    [Theory]
    [InlineData(3, "Promemoria: scade tra 3 giorni")]
    [InlineData(1, "Promemoria: scade domani")]
    [InlineData(0, "Promemoria: scade oggi")]
    public void Digest_ReminderOfTheDay_IsMarkedOnTheAct(int daysBefore, string mark)
    {
        var section = new DigestSection(new EnteRef("010025", "comune", "Genova"), [], [], [new DigestEntry(Task(1, "Presentazione delle liste", Day.PlusDays(daysBefore)), daysBefore)]);

        var mail = DigestComposer.Compose(new DigestMail("u@example.it", Day, [section]), Options);

        Assert.Contains($"- Presentazione delle liste\n  {mark}\n", mail.Text);
        Assert.Contains("Comprende i promemoria di oggi (1), segnati con «Promemoria»", mail.Text);
        Assert.Contains($"<br>{mark}<br>", mail.Html);
    }

    [Fact]
    public void Urgent_DueTomorrowMorning_SaysTomorrowAndTheHour()
    {
        var mail = UrgentComposer.Compose(new EnteRef("010025", "comune", "Genova"), Task(1, "Presentazione delle liste", Day.PlusDays(1), "07:00"), Day, Options);

        Assert.Equal("Avviso urgente: «Presentazione delle liste» scade domani alle ore 07:00 – Comune di Genova", mail.Subject);
        Assert.Contains("https://scadenzario.example/app/account/notifiche", mail.Text);
    }

    [Fact]
    public void Postponement_DeadlineAtTheDaysEnd_SaysOnlyTheDay()
    {
        var section = new MovedSection(new EnteRef("010025", "comune", "Genova"),
            [new MovedTask(5, "Rendiconto delle spese", new LocalDateTime(2024, 10, 10, 0, 0), new LocalDateTime(2024, 10, 17, 0, 0))]);

        var mail = PostponementComposer.Compose("Europee 2024", "rinvio: decreto", [section], Options);

        Assert.Contains("Nuova scadenza: mercoledì 16 ottobre 2024 (prima: mercoledì 9 ottobre 2024)", mail.Text);
        Assert.Equal("Scadenze spostate – Europee 2024: 1 adempimento con una nuova data (Comune di Genova)", mail.Subject);
    }
}
