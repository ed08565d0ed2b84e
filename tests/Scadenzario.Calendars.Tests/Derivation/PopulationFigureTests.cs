using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// <c>population-above</c> / <c>population-at-most</c> test the legal headcount a law names, not the
/// superiore/inferiore classification (which also counts capoluoghi and Trento's 3,000).
/// </summary>
public sealed class PopulationFigureTests : IDisposable
{
    private const string Index = """
        version: "test.figure"
        files: [comune.yaml]
        actors:
          ufficio-elettorale: { label: Ufficio elettorale comunale, owner: comune }
        population-threshold:
          default: 15000
          basis: artt. 71-73 d.lgs. 267/2000
          capoluogo:
            valid: { from: 2024-01-29 }
            except-special-statute: true
            basis: art. 3 D.L. 7/2024
        """;

    private const string Rules = """
        consultation: comunali
        title: Prova
        rules:
          - id: comunali.sopra-15000
            title: Atto dei comuni sopra 15.000 abitanti
            actor: ufficio-elettorale
            kind: scadenza
            due: { day: -7 }
            when: { population-above: 15000 }
            basis: art. 1, comma 15, L. 3/2019
          - id: comunali.sino-a-1000
            title: Atto dei comuni sino a 1.000 abitanti
            actor: ufficio-elettorale
            kind: scadenza
            due: { day: -7 }
            when: { population-at-most: 1000 }
            basis: art. 1
        """;

    private static readonly LocalDate Vote2024 = new(2024, 6, 9);

    private readonly TempCalendars dir = new(Rules, Index);

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(15_000, false, false)]
    [InlineData(15_001, false, true)]
    [InlineData(13_772, true, false)] // Urbino 2024: superiore as a capoluogo, not above 15,000 inhabitants
    public void PopulationAbove_TestsTheFigureNotTheClass(int population, bool capoluogo, bool expected)
    {
        var calendar = Derive(population, capoluogo);

        Assert.Equal(expected, calendar.Deadlines.Any(d => d.Rule.Id == "comunali.sopra-15000"));
        if (capoluogo)
        {
            Assert.Equal(PopulationClass.Superiore, calendar.PopulationClass);
        }
    }

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(1_001, false)]
    public void PopulationAtMost_IncludesTheFigure(int population, bool expected) =>
        Assert.Equal(expected, Derive(population, false).Deadlines.Any(d => d.Rule.Id == "comunali.sino-a-1000"));

    [Fact]
    public void NegativeFigure_IsRefusedWithFileAndLine()
    {
        using var bad = new TempCalendars(Rules.Replace("population-above: 15000", "population-above: -1"), Index);

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(bad.Load).Errors);

        Assert.Equal("comunali.sopra-15000", error.RuleId);
        Assert.Contains("when.population-above", error.Message);
        Assert.Contains("negativo", error.Message);
    }

    [Fact]
    public void RepositoryRule_ElezioniTrasparenti_BindsByInhabitants()
    {
        // L. 3/2019, art. 1, commi 14-15: "comuni con popolazione superiore a 15.000 abitanti".
        var facts = new ElectionFacts
        {
            VotingDays = VotingDays.TwoDays(Vote2024.PlusDays(-1), Vote2024),
            Consultations = [ConsultationType.Europee, ConsultationType.Comunali],
            Population = 13_772,
            Region = "Marche",
            Province = "PU",
            Capoluogo = true,
        };

        Assert.DoesNotContain(RepositoryCalendars.Set.Derive(facts).Deadlines, d => d.Rule.Id == "comunali.elezioni-trasparenti");
        Assert.Contains(RepositoryCalendars.Set.Derive(facts with { Population = 15_001 }).Deadlines, d => d.Rule.Id == "comunali.elezioni-trasparenti");
    }

    private DerivedCalendar Derive(int population, bool capoluogo) =>
        dir.Load().Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(Vote2024),
            Consultations = [ConsultationType.Comunali],
            Population = population,
            Region = "Marche",
            Province = "PU",
            Capoluogo = capoluogo,
        });
}
