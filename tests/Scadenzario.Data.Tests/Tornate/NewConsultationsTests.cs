using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// Referendum, politiche and regionali in tornate on the real PostgreSQL, with the comuni of the
/// provinces of Genova (Liguria) and Alessandria (Piemonte): the regionali only for the voting
/// region's comuni, the combinations the law refuses refused, a national tornata for all comuni.
/// </summary>
public sealed class NewConsultationsTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private const string Alessandria = "006003";
    private static readonly LocalDate[] Liguria2024 = [new(2024, 10, 27), new(2024, 10, 28)];

    private readonly TestDatabase database = new();

    private TornataService Tornate => new(database.DataSource, Fixtures.Calendars, Fixtures.Clock());

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE", "AL");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Regionali_ForAll_AreAddedForTheVotingRegionsComuniOnly()
    {
        var tornata = await Tornate.CreateAsync("Regionali Liguria 2024", Liguria2024);

        var result = await Tornate.AddConsultationAsync(tornata, "regionali", EntiSelection.Parse("all") with { Regione = "Liguria" }, "test");

        var genovesi = await database.ScalarAsync<long>("SELECT count(*) FROM ente WHERE province_code = 'GE' AND kind = 'comune' AND merged_into IS NULL");
        Assert.Equal(genovesi, result.Enti);
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM tornata_ente WHERE tornata_id = {tornata} AND ente_code = '{Alessandria}'"));
        Assert.Equal(
            "2024-09-28 12:00:00",
            await database.ScalarAsync<string>($"SELECT due_local::text FROM adempimento_vista WHERE tornata_id = {tornata} AND ente_code = '{Genova}' AND rule_id = 'regionali.presentazione-liste'"));
    }

    [Fact]
    public async Task Regionali_ForAComuneOutsideTheRegion_AreRefusedNamingItAndWriteNothing()
    {
        var tornata = await Tornate.CreateAsync("Regionali Liguria 2024", Liguria2024);
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(file, [Genova, Alessandria]);

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() =>
            Tornate.AddConsultationAsync(tornata, "regionali", EntiSelection.Parse($"file:{file}") with { Regione = "Liguria" }, "test"));

        Assert.Equal("Le elezioni regionali della Liguria riguardano solo i comuni della regione; non lo sono: 006003 Alessandria. Toglierli dal file: nulla è stato scritto.", error.Message);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM tornata_ente"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista"));
        File.Delete(file);
    }

    [Theory]
    [InlineData("province:AL", "Liguria", "regionali", "La provincia AL è in Piemonte, non in Liguria")]
    [InlineData("region:Piemonte", "Liguria", "regionali", "--enti region:Piemonte non è la regione che vota (Liguria): le elezioni regionali riguardano solo i comuni della Liguria.")]
    [InlineData("province:GE", null, "regionali", "Per le elezioni regionali indicare la regione che vota: --regione NOME")]
    [InlineData("province:GE", "Sicilia", "regionali", "è una regione a statuto speciale")]
    [InlineData("province:GE", "Atlantide", "regionali", "Regione \"Atlantide\" sconosciuta")]
    [InlineData("province:GE", "Liguria", "europee", "--regione vale solo per le elezioni regionali: «Elezioni europee» si aggiunge per gli enti indicati da --enti")]
    public async Task BadRegion_IsRefusedInItalianAndWritesNothing(string enti, string? regione, string consultation, string message)
    {
        var tornata = await Tornate.CreateAsync("Regionali Liguria 2024", Liguria2024);

        var error = await Assert.ThrowsAnyAsync<DomainException>(() =>
            Tornate.AddConsultationAsync(tornata, consultation, EntiSelection.Parse(enti) with { Regione = regione }, "test"));

        Assert.Contains(message, error.Message);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM tornata_ente"));
    }

    [Fact]
    public async Task PoliticheAfterAReferendumAbrogativo_AreRefusedCitingTheLaw_AndWriteNothing()
    {
        var tornata = await Tornate.CreateAsync("Referendum 2025", [new LocalDate(2025, 6, 8), new LocalDate(2025, 6, 9)],
            new Dictionary<string, string> { [ConsultationCombinations.ReferendumKind] = "abrogativo" });
        await Tornate.AddConsultationAsync(tornata, "referendum", EntiSelection.Parse("province:GE"), "test");
        var before = await database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista");

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.AddConsultationAsync(tornata, "politiche", EntiSelection.Parse("all"), "test"));

        Assert.Contains("Il referendum abrogativo non può tenersi insieme alle elezioni politiche", error.Message);
        Assert.Equal(before, await database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM tornata_ente WHERE 'politiche' = ANY(consultations)"));
    }

    [Fact]
    public async Task ChangingTheReferendumToAbrogativo_WithThePolitiche_IsRefusedAndKeepsTheParameters()
    {
        var tornata = await Tornate.CreateAsync("Politiche e referendum 2025", [new LocalDate(2025, 9, 28), new LocalDate(2025, 9, 29)],
            new Dictionary<string, string> { [ConsultationCombinations.ReferendumKind] = "costituzionale" });
        await Tornate.AddConsultationAsync(tornata, "politiche", EntiSelection.Parse("province:GE"), "test");
        await Tornate.AddConsultationAsync(tornata, "referendum", EntiSelection.Parse("province:GE"), "test");
        var change = new Dictionary<string, string> { [ConsultationCombinations.ReferendumKind] = "abrogativo" };

        var preview = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.PreviewParametersAsync(tornata, change));
        var apply = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.ChangeParametersAsync(tornata, change, "test"));

        Assert.All([preview, apply], e => Assert.Contains("Il referendum abrogativo non può tenersi insieme alle elezioni politiche", e.Message));
        Assert.Equal("""{"referendum-tipo": "costituzionale"}""", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {tornata}"));
    }

    /// <summary>As the europee: every comune once, its common acts once, both consultations recorded.</summary>
    [Fact]
    public async Task NationalPoliticheAndReferendum_ForAllComuni_IsOnePlanPerComune()
    {
        var tornata = await Tornate.CreateAsync("Politiche e referendum 2025", [new LocalDate(2025, 9, 28), new LocalDate(2025, 9, 29)],
            new Dictionary<string, string> { [ConsultationCombinations.ReferendumKind] = "costituzionale" });

        var politiche = await Tornate.AddConsultationAsync(tornata, "politiche", EntiSelection.Parse("all"), "test");
        var referendum = await Tornate.AddConsultationAsync(tornata, "referendum", EntiSelection.Parse("all"), "test");

        var comuni = await database.ScalarAsync<long>("SELECT count(*) FROM ente WHERE kind = 'comune' AND merged_into IS NULL");
        Assert.Equal((comuni, comuni), ((long)politiche.Enti, (long)referendum.Enti));
        Assert.Equal(comuni, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM tornata_ente WHERE tornata_id = {tornata} AND consultations @> ARRAY['politiche','referendum']::text[]"));
        Assert.Equal(comuni, await database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_vista WHERE tornata_id = {tornata} AND rule_id = 'votazione'"));
        Assert.Equal(0, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM (SELECT ente_code, rule_id FROM adempimento_vista WHERE tornata_id = {tornata} GROUP BY 1, 2 HAVING count(*) > 1) d"));
        var expected = Fixtures.Calendars.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.TwoDays(new LocalDate(2025, 9, 28), new LocalDate(2025, 9, 29)),
            Consultations = [ConsultationType.Politiche, ConsultationType.Referendum],
            Population = 1,
            Region = "Liguria",
            Province = "GE",
            Parameters = new Dictionary<string, string> { [ConsultationCombinations.ReferendumKind] = "costituzionale" },
        }).Deadlines.Count;
        Assert.Equal(expected, await database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_vista WHERE tornata_id = {tornata} AND ente_code = '{Genova}'"));
    }
}
