using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>Tornata parameters set by decree: an hour on the law's day, or a day and hour; anything else refused in Italian.</summary>
public sealed class ParameterTests : IDisposable
{
    private const string Index = """
        version: "test.5"
        files: [comune.yaml]
        actors:
          presidente: { label: Presidente del seggio, owner: altri }
        parameters:
          chiusura-votazione: { label: "Ora di chiusura della votazione", kind: time }
          inizio-scrutinio: { label: "Inizio dello scrutinio", kind: date-time, window: { from-day: 0, to-day: 3 } }
        """;

    private const string Rules = """
        consultation: comune
        title: Votazione
        rules:
          - id: votazione
            title: Votazione
            actor: presidente
            kind: evento
            start: { day: 0, time: "07:00" }
            end: { anchor: vote-last-day, day: 0, time: "23:00", param: chiusura-votazione }
            basis: art. 1, comma 399, L. 147/2013
          - id: scrutinio
            title: Scrutinio
            actor: presidente
            kind: evento
            due: { anchor: rule:votazione, edge: end, param: inizio-scrutinio }
            basis: art. 53 d.P.R. 570/1960
          - id: dopo-scrutinio
            title: Verbale
            actor: presidente
            kind: scadenza
            due: { anchor: rule:scrutinio, day: 1 }
            basis: art. 1
        """;

    private readonly TempCalendars dir = new(Rules, Index);

    private CalendarSet Set => field ??= dir.Load();

    public void Dispose() => dir.Dispose();

    private DerivedCalendar Derive(params (string Key, string Value)[] parameters) =>
        Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.TwoDays(new LocalDate(2024, 6, 9), new LocalDate(2024, 6, 10)),
            Consultations = [ConsultationType.Europee],
            Population = 1,
            Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
        });

    private static Deadline Find(DerivedCalendar calendar, string id) => calendar.Deadlines.Single(d => d.Rule.Id == id);

    [Fact]
    public void Unset_ThePointIsAsWritten()
    {
        var calendar = Derive();

        Assert.Equal((new LocalDate(2024, 6, 10), ClockTime.Of(23, 0)), (Find(calendar, "votazione").Date!.Value, Find(calendar, "votazione").Time!.Value));
        Assert.Equal(ClockTime.Of(23, 0), Find(calendar, "scrutinio").Time);
    }

    [Fact]
    public void Hour_KeepsTheDayAndTakesTheHour_AndRulesAnchoredToItFollow()
    {
        var calendar = Derive(("chiusura-votazione", "15:00"));

        Assert.Equal(new LocalDate(2024, 6, 10), Find(calendar, "votazione").Date);
        Assert.Equal(ClockTime.Of(15, 0), Find(calendar, "votazione").Time);
        Assert.Equal(ClockTime.Of(7, 0), Find(calendar, "votazione").StartTime);
        Assert.Equal(ClockTime.Of(15, 0), Find(calendar, "scrutinio").Time);
    }

    [Fact]
    public void DateTime_SetsDayAndHour_AndRulesAnchoredToItFollow()
    {
        var calendar = Derive(("inizio-scrutinio", "2024-06-11T14:00"));

        Assert.Equal((new LocalDate(2024, 6, 11), ClockTime.Of(14, 0)), (Find(calendar, "scrutinio").Date!.Value, Find(calendar, "scrutinio").Time!.Value));
        Assert.Equal(new LocalDate(2024, 6, 12), Find(calendar, "dopo-scrutinio").Date);
    }

    [Fact]
    public void EndOfDay_IsAnHour() =>
        Assert.Equal(ClockTime.EndOfDay, Find(Derive(("chiusura-votazione", "24:00")), "votazione").Time);

    [Theory]
    [InlineData("chiusura-votazione", "25:00", "\"25:00\" non è un'ora valida; indicare HH:mm")]
    [InlineData("chiusura-votazione", "7", "\"7\" non è un'ora valida")]
    [InlineData("chiusura-votazione", "2024-06-10T15:00", "non è un'ora valida")]
    [InlineData("inizio-scrutinio", "14:00", "\"14:00\" non è una data e ora valida; indicare AAAA-MM-GGTHH:mm")]
    [InlineData("inizio-scrutinio", "2024-06-14T14:00", "il 14/06/2024 è fuori dai giorni ammessi; indicare un giorno dal 10/06/2024 al 13/06/2024")]
    [InlineData("inizio-scrutinio", "2024-06-09T23:00", "fuori dai giorni ammessi")]
    [InlineData("apertura-votazione", "07:00", "parametro sconosciuto \"apertura-votazione\"; parametri previsti: chiusura-votazione, inizio-scrutinio")]
    public void BadValue_IsRefusedByValidationAndByDerive(string key, string value, string message)
    {
        var parameters = new Dictionary<string, string> { [key] = value };

        var problem = Assert.Single(Set.ValidateParameters(parameters, VotingDays.TwoDays(new LocalDate(2024, 6, 9), new LocalDate(2024, 6, 10))));
        var error = Assert.Throws<InvalidFactsException>(() => Derive((key, value)));

        Assert.Contains(message, problem);
        Assert.Contains(message, error.Message);
        Assert.StartsWith("Parametri della tornata non validi", error.Message);
    }

    [Fact]
    public void Validate_WithoutVotingDays_ChecksTheFormOnly() =>
        Assert.Empty(Set.ValidateParameters(new Dictionary<string, string> { ["inizio-scrutinio"] = "2030-01-01T10:00", ["chiusura-votazione"] = "22:00" }));
}
