using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Loading;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>Which definition a comune gets: national, its region's or its province's, by the date of the vote.</summary>
public sealed class ScopedDerivationTests : IDisposable
{
    private const string Index = """
        version: "test.4"
        files: [comune.yaml, comunali.yaml, regioni/]
        actors:
          sindaco: { label: Sindaco, owner: comune }
          segretario: { label: Segretario comunale, owner: comune }
        population-threshold:
          default: 15000
        """;

    // Sicilia replaces the presentation of lists from 2016 only, adds an act of its own, keeps
    // the programmes and drops the manifesto of the candidates.
    private const string Sicilia = """
        scope: { region: Sicilia }
        consultation: comunali
        title: Comunali in Sicilia
        coverage: [comunali]
        rules:
          - id: comunali.liste
            title: Presentazione delle liste (Sicilia)
            actor: segretario
            kind: periodo
            start: { day: -40, time: "08:00" }
            end: { day: -39, time: "12:00" }
            basis: art. 18 L.R. 7/1992
            valid: { from: 2016-01-01 }
          - id: comunali.sicilia-assessori
            title: Deposito della lista degli assessori
            actor: segretario
            kind: scadenza
            due: { anchor: rule:comunali.liste, day: 0 }
            basis: art. 12 L.R. 7/1992
        unchanged:
          - { id: comunali.programmi }
          - { id: comunali.capoluogo }
          - { id: comunali.bolzano }
        not-applicable:
          - { id: comunali.manifesto-candidati, reason: "manifesto unico" }
        """;

    private const string TrentinoRegion = """
        scope: { region: Trentino-Alto Adige }
        consultation: comunali
        title: Comunali nella Regione
        rules:
          - id: comunali.programmi
            title: Avviso sui programmi (Regione)
            actor: sindaco
            kind: scadenza
            due: { day: -20 }
            basis: L.R. TAA 2/2018
        """;

    private const string Trento = """
        scope: { region: Trentino-Alto Adige, province: TN }
        consultation: comunali
        title: Comunali nella provincia di Trento
        rules:
          - id: comunali.programmi
            title: Avviso sui programmi (Trento)
            actor: sindaco
            kind: scadenza
            due: { day: -25 }
            basis: L.R. TAA 2/2018
        """;

    private readonly TempCalendars dir = new(
        ScopedFilesLoaderTests.Comune,
        Index,
        ("comunali.yaml", ScopedFilesLoaderTests.Comunali + """

          - id: comunali.capoluogo
            title: Atto dei soli capoluoghi siciliani
            actor: sindaco
            kind: scadenza
            due: { day: -5 }
            when: { region: [Sicilia], capoluogo: true }
            basis: art. 1
          - id: comunali.bolzano
            title: Atto della sola provincia di Bolzano
            actor: sindaco
            kind: scadenza
            due: { day: -6 }
            when: { province: [BZ] }
            basis: art. 1
        """),
        ("regioni/sicilia.yaml", Sicilia),
        ("regioni/trentino-alto-adige.yaml", TrentinoRegion),
        ("regioni/trentino.yaml", Trento));

    private CalendarSet Set => field ??= dir.Load();

    public void Dispose() => dir.Dispose();

    private DerivedCalendar Derive(string day, string? region = null, string? province = null, bool capoluogo = false) =>
        Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture))),
            Consultations = [ConsultationType.Comunali],
            Population = 5000,
            Region = region,
            Province = province,
            Capoluogo = capoluogo,
        });

    private static Deadline? Find(DerivedCalendar calendar, string id) =>
        calendar.Deadlines.Where(d => d.Rule.Id == id).Select(d => (Deadline?)d).SingleOrDefault();

    [Fact]
    public void Derive_Override_ReplacesTheNationalDefinitionInsideItsValidity()
    {
        var liste = Find(Derive("2017-06-11", "Sicilia"), "comunali.liste")!.Value;

        Assert.Equal("Presentazione delle liste (Sicilia)", liste.Rule.Title);
        Assert.Equal(new LocalDate(2017, 5, 2), liste.StartDate); // 40th day before 11 June
    }

    [Fact]
    public void Derive_Override_OutsideItsValidity_TheNationalDefinitionApplies()
    {
        var liste = Find(Derive("2015-05-31", "Sicilia"), "comunali.liste")!.Value;

        Assert.Equal("Presentazione delle liste", liste.Rule.Title);
        Assert.Equal(new LocalDate(2015, 5, 1), liste.StartDate); // 30th day before 31 May
    }

    [Fact]
    public void Derive_ScopeOnlyRule_AnchorsToTheOverride()
    {
        var calendar = Derive("2017-06-11", "Sicilia");

        Assert.Equal(new LocalDate(2017, 5, 3), Find(calendar, "comunali.sicilia-assessori")!.Value.Date);
        Assert.Null(Find(Derive("2017-06-11", "Calabria"), "comunali.sicilia-assessori"));
    }

    [Fact]
    public void Derive_UnchangedAndNotApplicable()
    {
        var sicilia = Derive("2017-06-11", "Sicilia");
        var national = Derive("2017-06-11", "Calabria");

        Assert.Equal(Find(national, "comunali.programmi")!.Value.Date, Find(sicilia, "comunali.programmi")!.Value.Date);
        Assert.Null(Find(sicilia, "comunali.manifesto-candidati"));
        Assert.NotNull(Find(national, "comunali.manifesto-candidati"));
    }

    [Fact]
    public void Derive_RegionByCodeOrName_FindsTheSameScope()
    {
        Assert.Equal(
            Find(Derive("2017-06-11", "Sicilia"), "comunali.liste")!.Value.StartDate,
            Find(Derive("2017-06-11", "19"), "comunali.liste")!.Value.StartDate);
    }

    [Fact]
    public void Derive_ProvinceScope_WinsOverTheRegionScope()
    {
        Assert.Equal(new LocalDate(2017, 5, 17), Find(Derive("2017-06-11", "Trentino-Alto Adige", "TN"), "comunali.programmi")!.Value.Date);
        Assert.Equal(new LocalDate(2017, 5, 22), Find(Derive("2017-06-11", "Trentino-Alto Adige", "BZ"), "comunali.programmi")!.Value.Date);
        Assert.Equal(new LocalDate(2017, 5, 27), Find(Derive("2017-06-11", "Calabria", "CS"), "comunali.programmi")!.Value.Date);
    }

    [Fact]
    public void Derive_ProvinceWithoutRegion_TakesTheRegionOfItsScope()
    {
        Assert.Equal(new LocalDate(2017, 5, 17), Find(Derive("2017-06-11", province: "TN"), "comunali.programmi")!.Value.Date);
    }

    [Fact]
    public void Derive_ProvinceOutsideTheGivenRegion_IsRefused()
    {
        var error = Assert.Throws<InvalidFactsException>(() => Derive("2017-06-11", "Sicilia", "TN"));

        Assert.Contains("La provincia TN non è nella regione Sicilia", error.Message);
    }

    [Theory]
    [InlineData("Atlantide", null, "Regione \"Atlantide\" sconosciuta")]
    [InlineData("Sicilia", "pa", "Provincia \"pa\" non valida")]
    public void Derive_BadTerritory_IsRefusedInItalian(string region, string? province, string message) =>
        Assert.Contains(message, Assert.Throws<InvalidFactsException>(() => Derive("2017-06-11", region, province)).Message);

    [Fact]
    public void Derive_RegionProvinceAndCapoluogoConditions()
    {
        Assert.NotNull(Find(Derive("2017-06-11", "Sicilia", "PA", capoluogo: true), "comunali.capoluogo"));
        Assert.Null(Find(Derive("2017-06-11", "Sicilia", "PA", capoluogo: false), "comunali.capoluogo"));
        Assert.Null(Find(Derive("2017-06-11", "Calabria", "CS", capoluogo: true), "comunali.capoluogo"));
        Assert.NotNull(Find(Derive("2017-06-11", "Trentino-Alto Adige", "BZ"), "comunali.bolzano"));
        Assert.Null(Find(Derive("2017-06-11", "Trentino-Alto Adige", "TN"), "comunali.bolzano"));
        Assert.Null(Find(Derive("2017-06-11"), "comunali.bolzano"));
    }
}
