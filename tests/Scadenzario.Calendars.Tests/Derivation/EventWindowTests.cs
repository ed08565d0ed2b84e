using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>The days each event of <c>calendars/</c> may be recorded on, relative to the vote.</summary>
public class EventWindowTests
{
    private static readonly VotingDays SundayMonday = VotingDays.TwoDays(new LocalDate(2021, 10, 3), new LocalDate(2021, 10, 4));
    private static readonly VotingDays Sunday = VotingDays.OneDay(new LocalDate(2024, 6, 9));

    [Fact]
    public void EveryShippedEvent_HasAWindow() =>
        Assert.All(RepositoryCalendars.Set.EventDefinitions.Values, e => Assert.NotNull(e.Window));

    [Fact]
    public void Days_NegativeFromTheGiornoDellaVotazione_ZeroAndPositiveFromTheLastDay()
    {
        var window = new EventWindow(-28, 3);

        Assert.Equal((new LocalDate(2021, 9, 5), new LocalDate(2021, 10, 7)), window.Days(SundayMonday));
    }

    [Fact]
    public void ChiusuraScrutinio_TwoMonthsBeforeTheVote_IsRefusedNamingTheDays()
    {
        var problem = RepositoryCalendars.Set.EventDayProblem("chiusura-scrutinio", new LocalDate(2024, 4, 9), Sunday, null);

        Assert.Equal(
            "Chiusura delle operazioni di scrutinio: martedì 9 aprile 2024 è precedente alla votazione (che si tiene domenica 9 giugno 2024), " +
            "ma questo evento ne segue la chiusura; indicare un giorno da domenica 9 giugno 2024 a giovedì 13 giugno 2024.", problem);
    }

    [Fact]
    public void ChiusuraScrutinio_OnTheSundayOfASundayMondayVote_IsRefused() =>
        Assert.Contains("indicare un giorno da lunedì 4 ottobre 2021 a venerdì 8 ottobre 2021",
            RepositoryCalendars.Set.EventDayProblem("chiusura-scrutinio", new LocalDate(2021, 10, 3), SundayMonday, null));

    [Theory]
    [InlineData("chiusura-scrutinio", "2024-06-10")]
    [InlineData("liste-ammesse", "2024-05-13")]      // 27th day before
    [InlineData("proclamazione", "2024-06-12")]
    [InlineData("ballottaggio-necessario", "2024-06-11")]
    public void EventDayProblem_InsideTheWindow_IsNone(string eventId, string day) =>
        Assert.Null(RepositoryCalendars.Set.EventDayProblem(eventId, Parse(day), Sunday, Sunday.SecondSundayAfter()));

    [Fact]
    public void ListeAmmesse_AfterTheVote_IsRefused() =>
        Assert.Contains("è fuori dai giorni ammessi rispetto alla votazione (che si tiene domenica 9 giugno 2024); indicare un giorno da giovedì 2 maggio 2024 a lunedì 20 maggio 2024.",
            RepositoryCalendars.Set.EventDayProblem("liste-ammesse", new LocalDate(2024, 6, 10), Sunday, null));

    [Fact]
    public void BallottaggioWindow_CountsFromTheBallottaggio() =>
        Assert.Contains("è precedente al ballottaggio (che si tiene domenica 23 giugno 2024), ma questo evento ne segue la chiusura",
            RepositoryCalendars.Set.EventDayProblem("chiusura-scrutinio-ballottaggio", new LocalDate(2024, 6, 10), Sunday, Sunday.SecondSundayAfter()));

    [Fact]
    public void EventDayProblem_UnknownEvent_ListsTheKnownOnes() =>
        Assert.StartsWith("Evento sconosciuto \"spoglio\". Eventi previsti: ballottaggio-necessario, candidati-ballottaggio,",
            RepositoryCalendars.Set.EventDayProblem("spoglio", new LocalDate(2024, 6, 10), Sunday, null));

    [Fact]
    public void Load_EventWithWindow_ReadsIt()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.manifesto
                title: Affissione del manifesto
                actor: sindaco
                kind: scadenza
                due: { anchor: event:liste-ammesse, day: 2 }
                basis: art. 18 d.P.R. 570/1960
            """), TempCalendars.Index.Replace(
            "liste-ammesse: Ricevimento delle liste ammesse",
            "liste-ammesse: { label: Ricevimento delle liste ammesse, window: { from-day: -30, to-day: -20 }, note: Perché. }"));

        var definition = dir.Load().EventDefinitions["liste-ammesse"];

        Assert.Equal(new EventDefinition("liste-ammesse", "Ricevimento delle liste ammesse", new EventWindow(-30, -20)), definition);
    }

    [Fact]
    public void Load_WindowEndingBeforeItStarts_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.manifesto
                title: Affissione del manifesto
                actor: sindaco
                kind: scadenza
                due: { day: -45 }
                basis: art. 18 d.P.R. 570/1960
            """), TempCalendars.Index.Replace(
            "liste-ammesse: Ricevimento delle liste ammesse",
            "liste-ammesse: { label: Ricevimento, window: { from-day: 3, to-day: 0, anchor: spoglio } }"));

        var error = Assert.Throws<Scadenzario.Calendars.Loading.CalendarLoadException>(() => dir.Load());

        Assert.Contains(error.Errors, e => e.Message.Contains("events.liste-ammesse.window: to-day precede from-day", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Message.Contains("ancora sconosciuta \"spoglio\"", StringComparison.Ordinal));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
