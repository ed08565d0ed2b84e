using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>The decree's parameters of a tornata: stored, passed to the engine, changed like a postponement.</summary>
public sealed class TornataParametersTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private const string Rapallo = "010046";
    private static readonly LocalDate VotingDay = new(2024, 6, 9);
    private static readonly Dictionary<string, string> Chiusura22 = new() { ["chiusura-votazione"] = "22:00" };

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = Fixtures.Clock();

    private TornataService Tornate => new(database.DataSource, Fixtures.Calendars, clock);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Create_WithParameters_StoresThemAsAJsonObject()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay], Chiusura22);

        Assert.Equal("""{"chiusura-votazione": "22:00"}""", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
        await using var db = ScadenzarioDb.Create(database.DataSource);
        Assert.Equal(Chiusura22, db.Tornate.Single(t => t.Id == id).Parameters);
    }

    [Fact]
    public async Task Create_WithoutParameters_StoresAnEmptyObject()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay]);

        Assert.Equal("{}", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
    }

    [Fact]
    public async Task Synchronizer_PassesParametersProvinceAndCapoluogoToTheEngine()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay], Chiusura22);
        await Tornate.AddConsultationAsync(id, "europee", EntiSelection.Parse("province:GE"), "test");
        await using var db = ScadenzarioDb.Create(database.DataSource);
        var tornata = db.Tornate.Single(t => t.Id == id);
        await using var connection = await database.DataSource.OpenConnectionAsync();

        var participants = await AdempimentiSynchronizer.LoadParticipants(connection, id, [Genova, Rapallo], default);
        var facts = participants.Select(p => AdempimentiSynchronizer.Facts(p, VotingDays.OneDay(VotingDay), tornata, [])).ToList();

        Assert.Equal([("GE", true), ("GE", false)], facts.Select(f => (f.Province, f.Capoluogo)));
        Assert.All(facts, f => Assert.Equal(Chiusura22, f.Parameters));
    }

    [Fact]
    public async Task Create_ChiusuraVotazione22_VotazioneEndsAt22()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay], Chiusura22);
        await Tornate.AddConsultationAsync(id, "europee", EntiSelection.Parse("province:GE"), "test");

        await using var db = ScadenzarioDb.Create(database.DataSource);
        var votazione = db.Adempimenti.Single(t => t.TornataId == id && t.EnteCode == Genova && t.RuleId == "votazione");
        Assert.Equal(new LocalDateTime(2024, 6, 9, 22, 0), votazione.DueLocal);
    }

    [Fact]
    public async Task Create_InizioScrutinioComunali_ScrutinioStartsThen()
    {
        var id = await Tornate.CreateAsync("Comunali 2024", [VotingDay], new Dictionary<string, string> { ["inizio-scrutinio-comunali"] = "2024-06-10T14:00" });
        var codes = Path.Combine(Path.GetTempPath(), $"enti-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(codes, [Genova]);
        await Tornate.AddConsultationAsync(id, "comunali", EntiSelection.Parse($"file:{codes}"), "test");

        await using var db = ScadenzarioDb.Create(database.DataSource);
        var scrutinio = db.Adempimenti.Single(t => t.TornataId == id && t.EnteCode == Genova && t.RuleId == "comunali.scrutinio");
        Assert.Equal(new LocalDateTime(2024, 6, 10, 14, 0), scrutinio.DueLocal);
    }

    [Fact]
    public async Task Create_VotingHourOutsideTheDay_IsRefusedAndWritesNothing()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Tornate.CreateAsync("Europee 2024", [VotingDay], new Dictionary<string, string> { ["chiusura-votazione"] = "25:00" }));

        Assert.Contains("chiusura-votazione", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata"));
    }

    [Fact]
    public async Task ChangeParameters_Preview_WritesNothing()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(id, "europee", EntiSelection.Parse("province:GE"), "test");
        var audit = await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_storia");

        var (parameters, _) = await Tornate.PreviewParametersAsync(id, Chiusura22);

        Assert.Equal(Chiusura22, parameters);
        Assert.Equal("{}", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
        Assert.Equal(audit, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_storia"));
    }

    [Fact]
    public async Task ChangeParameters_StoresThemAndAnEmptyValueRemovesOne()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay], Chiusura22);

        await Tornate.ChangeParametersAsync(id, new Dictionary<string, string> { ["apertura-votazione"] = "07:00" }, "test");
        Assert.Equal("""{"apertura-votazione": "07:00", "chiusura-votazione": "22:00"}""", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
        await Tornate.ChangeParametersAsync(id, new Dictionary<string, string> { ["chiusura-votazione"] = "" }, "test");

        Assert.Equal("""{"apertura-votazione": "07:00"}""", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
    }

    [Fact]
    public async Task ChangeParameters_SameValues_IsRefused()
    {
        var id = await Tornate.CreateAsync("Europee 2024", [VotingDay], Chiusura22);

        var error = await Assert.ThrowsAsync<ConflictException>(() => Tornate.ChangeParametersAsync(id, Chiusura22, "test"));

        Assert.Contains("già quelli della tornata", error.Message);
    }
}
