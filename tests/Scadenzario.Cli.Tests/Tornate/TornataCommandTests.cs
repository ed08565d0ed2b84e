using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Cli.Tests.Tornate;

/// <summary>`tornata create --parametro`, `tornata parametri` and `tornata sync`, end to end on the real PostgreSQL.</summary>
public sealed class TornataCommandTests : IAsyncLifetime, IDisposable
{
    private const string Genova = "010025";
    private readonly TestDatabase database = new() { Migrate = false };
    private readonly FakeClock clock = new(Instant.FromUtc(2024, 3, 1, 11, 0));
    private readonly string workDir = Directory.CreateTempSubdirectory("scadenzario-cli-").FullName;
    private readonly NewerCalendars newer = new();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var lines = File.ReadLines(Fixtures.ComuniCsvPath).ToList();
        var file = Path.Combine(workDir, "genova.csv");
        await File.WriteAllLinesAsync(file, lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[2] == "GE")));
        Assert.Equal(0, Run("enti", "import", file).ExitCode);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose()
    {
        newer.Dispose();
        Directory.Delete(workDir, recursive: true);
    }

    [Fact]
    public async Task Create_WithParameters_StoresThem()
    {
        var create = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", "2024-06-09",
            "--parametro", "chiusura-votazione=22:00", "--parametro", "apertura-votazione=07:00");

        Assert.Equal(0, create.ExitCode);
        Assert.Equal("""{"apertura-votazione": "07:00", "chiusura-votazione": "22:00"}""",
            await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {create.Stdout.Trim()}"));
    }

    [Theory]
    [InlineData("chiusura-votazione")]
    [InlineData("=22:00")]
    [InlineData("chiusura-votazione=")]
    public async Task Create_MalformedParameter_ExitTwoItalianMessageNothingWritten(string parameter)
    {
        var create = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", "2024-06-09", "--parametro", parameter);

        Assert.Equal(2, create.ExitCode);
        Assert.Equal("", create.Stdout);
        Assert.Contains("NOME=VALORE", create.Stderr);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata"));
    }

    [Fact]
    public async Task Parametri_WithoutConferma_PreviewsAndWritesNothing_WithConferma_Stores()
    {
        var tornata = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", "2024-06-09").Stdout.Trim();

        var preview = Run("tornata", "parametri", tornata, "--parametro", "chiusura-votazione=22:00");
        Assert.Equal(0, preview.ExitCode);
        Assert.Contains("chiusura-votazione=22:00", preview.Stdout);
        Assert.Contains("Nulla è stato scritto", preview.Stdout);
        Assert.Equal("{}", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {tornata}"));

        var applied = Run("tornata", "parametri", tornata, "--parametro", "chiusura-votazione=22:00", "--conferma");
        Assert.Equal(0, applied.ExitCode);
        Assert.Equal("""{"chiusura-votazione": "22:00"}""", await database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {tornata}"));
    }

    [Fact]
    public void Sync_AlignedTornata_SaysSoAndExitsZero()
    {
        var tornata = EuropeeInGenova();

        var sync = Run("tornata", "sync", tornata);

        Assert.Equal(0, sync.ExitCode);
        Assert.Contains($"è già allineata alla versione {Fixtures.Calendars.Version}", sync.Stdout);
    }

    [Fact]
    public async Task Sync_NewerRules_PreviewWritesNothing_ConfermaAppliesAndQueuesTheNotices()
    {
        var tornata = EuropeeInGenova();
        Assert.Equal(0, Run("enti", "contatti", Genova, "--ufficio-elettorale", "elettorale@comune.genova.example").ExitCode);
        var moves = await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move");

        var preview = Run("tornata", "sync", tornata, "--calendars", newer.Directory);

        Assert.Equal(0, preview.ExitCode);
        Assert.Contains("Genova (010025): 1 da aggiungere, 1 da spostare, 1 non più previsti, 0 altri aggiornamenti", preview.Stdout);
        Assert.Contains("da domenica 5 maggio 2024 a sabato 4 maggio 2024", preview.Stdout);
        Assert.Contains("Totale: 67 enti; 67 da aggiungere, 67 da spostare, 67 non più previsti", preview.Stdout);
        Assert.Contains("Nulla è stato scritto", preview.Stdout);
        Assert.Equal(moves, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move"));

        var applied = Run("tornata", "sync", tornata, "--calendars", newer.Directory, "--conferma", "--by", "amministratore");
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains($"Tornata allineata alla versione {newer.Calendars.Version}", applied.Stdout);
        Assert.Equal(moves + 67, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move"));

        Assert.Equal(0, Run("jobs", "run", "notices", "--at", "2024-03-01T13:00").ExitCode);
        var notice = await database.ScalarAsync<string>("SELECT text_body FROM outbox WHERE kind = 'rinvio' AND recipient = 'elettorale@comune.genova.example'");
        Assert.Contains($"aggiornamento delle regole alla versione {newer.Calendars.Version}", notice);
        Assert.Contains("Elenco degli iscritti che non avranno compiuto 18 anni", notice);
        Assert.Contains("è già allineata", Run("tornata", "sync", tornata, "--calendars", newer.Directory).Stdout);
    }

    [Theory]
    [InlineData("2024-06-10", "non lunedì 10 giugno 2024: indicare ad esempio --voting-days 2024-03-03.")]
    [InlineData("2024-06-08", "non sabato 8 giugno 2024")]
    [InlineData("1900-06-10", "sono già passati")]
    [InlineData("2027-06-06", "sono oltre due anni da oggi")]
    public async Task Create_ImplausibleVotingDay_ExitSixRefusedByRuleItalianMessageNothingWritten(string day, string expected)
    {
        var create = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", day);

        Assert.Equal(6, create.ExitCode);
        Assert.Equal("", create.Stdout);
        Assert.Contains(expected, create.Stderr);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata"));
    }

    [Fact]
    public async Task Create_SecondoGradoOnAWednesday_IsAccepted()
    {
        var create = Run("tornata", "create", "--name", "Consiglio metropolitano 2024", "--voting-days", "2024-10-30", "--secondo-grado");

        Assert.Equal(0, create.ExitCode);
        Assert.Equal(0, Run("tornata", "add-consultation", create.Stdout.Trim(), "--consultation", "metropolitane", "--enti", "province:GE").ExitCode);
        Assert.Equal("{2024-10-30}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {create.Stdout.Trim()}"));
    }

    [Fact]
    public async Task AddConsultation_RegionaliOfAnotherRegion_ExitSixThenTwoItalianMessageNothingWritten()
    {
        var tornata = Run("tornata", "create", "--name", "Regionali Piemonte 2024", "--voting-days", "2024-10-27,2024-10-28").Stdout.Trim();

        var add = Run("tornata", "add-consultation", tornata, "--consultation", "regionali", "--enti", "province:GE", "--regione", "Piemonte");
        var withoutRegion = Run("tornata", "add-consultation", tornata, "--consultation", "regionali", "--enti", "province:GE");

        Assert.Equal((6, 2), (add.ExitCode, withoutRegion.ExitCode));
        Assert.Contains("La provincia GE è in Liguria, non in Piemonte: le elezioni regionali riguardano solo i comuni del Piemonte.", add.Stderr);
        Assert.Contains("--regione NOME", withoutRegion.Stderr);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata_ente"));
    }

    [Fact]
    public async Task AddConsultation_RegionaliWithTheirRegion_CreatesTheirActs()
    {
        var tornata = Run("tornata", "create", "--name", "Regionali Liguria 2024", "--voting-days", "2024-10-27,2024-10-28").Stdout.Trim();

        var add = Run("tornata", "add-consultation", tornata, "--consultation", "regionali", "--enti", "province:GE", "--regione", "Liguria");

        Assert.Equal(0, add.ExitCode);
        Assert.Equal(1, await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE ente_code = '{Genova}' AND rule_id = 'regionali.designazione-rappresentanti'"));
    }

    [Fact]
    public async Task Postpone_WithoutConferma_ShowsWhatMovesAndWritesNothing_WithConferma_Applies()
    {
        var tornata = EuropeeInGenova();
        var moves = await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move");

        var preview = Run("tornata", "postpone", tornata, "--voting-days", "2024-06-23", "--reason", "D.L. di rinvio");

        Assert.Equal(0, preview.ExitCode);
        Assert.Contains($"Tornata {tornata}: rinvio a domenica 23 giugno 2024.", preview.Stdout);
        Assert.Contains("  ~ Votazione (votazione): da domenica 9 giugno 2024, ore 23:00 a domenica 23 giugno 2024, ore 23:00", preview.Stdout);
        Assert.Matches("Genova \\(010025\\): 0 da aggiungere, [0-9]+ da spostare", preview.Stdout);
        Assert.Contains("Totale: 67 enti;", preview.Stdout);
        Assert.Contains("Nulla è stato scritto: per applicare il rinvio ripetere il comando con --conferma.", preview.Stdout);
        Assert.Equal(moves, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move"));
        Assert.Equal("{2024-06-09}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {tornata}"));

        var applied = Run("tornata", "postpone", tornata, "--voting-days", "2024-06-23", "--reason", "D.L. di rinvio", "--conferma");

        Assert.Equal(0, applied.ExitCode);
        Assert.StartsWith("Tornata rinviata: ", applied.Stdout);
        Assert.True(await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move") > moves);
        Assert.Equal("{2024-06-23}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {tornata}"));
    }

    [Fact]
    public async Task Postpone_ToASaturdayAlone_ExitSixRefusedByRuleAndWritesNothing()
    {
        var tornata = EuropeeInGenova();
        var moves = await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move");

        var run = Run("tornata", "postpone", tornata, "--voting-days", "2024-06-22", "--reason", "D.L. di rinvio", "--conferma");

        Assert.Equal(6, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, non sabato 22 giugno 2024", run.Stderr);
        Assert.Equal(moves, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move"));
    }

    [Fact]
    public async Task Event_OutsideItsWindow_ExitSix_AnotherDayExitFive_ThenCorrectedWithAReason()
    {
        var tornata = EuropeeInGenova();
        clock.Reset(Instant.FromUtc(2024, 5, 14, 10, 0));

        var early = Run("tornata", "event", tornata, "--ente", Genova, "--event", "chiusura-scrutinio", "--day", "2024-04-09");
        Assert.Equal(6, early.ExitCode);
        Assert.Contains("Chiusura delle operazioni di scrutinio: martedì 9 aprile 2024 è precedente alla votazione", early.Stderr);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM ente_event"));

        Assert.Equal(0, Run("tornata", "event", tornata, "--ente", Genova, "--event", "liste-ammesse", "--day", "2024-05-13").ExitCode);
        var again = Run("tornata", "event", tornata, "--ente", Genova, "--event", "liste-ammesse", "--day", "2024-05-12");
        Assert.Equal(5, again.ExitCode);
        Assert.Contains("--correggi", again.Stderr);
        var noReason = Run("tornata", "event", tornata, "--ente", Genova, "--event", "liste-ammesse", "--day", "2024-05-12", "--correggi");
        Assert.Equal(2, noReason.ExitCode);
        Assert.Contains("Indicare il motivo della correzione", noReason.Stderr);

        var corrected = Run("tornata", "event", tornata, "--ente", Genova, "--event", "liste-ammesse", "--day", "2024-05-12", "--correggi", "--reason", "data del protocollo");

        Assert.Equal(0, corrected.ExitCode);
        Assert.StartsWith("Evento corretto (il giorno precedente resta nello storico); scadenze spostate: ", corrected.Stdout);
        Assert.Equal("2024-05-13>2024-05-12:data del protocollo", await database.ScalarAsync<string>(
            "SELECT from_day || '>' || to_day || ':' || reason FROM ente_event_audit WHERE from_day IS NOT NULL"));
    }

    [Fact]
    public async Task EntiImport_NoArgument_ReadsTheFileOfTheVariableElseTheOneShippedWithTheProgram()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "data", "comuni", "comuni.csv");
        var lines = File.ReadLines(Fixtures.ComuniCsvPath).ToList();
        var file = Path.Combine(workDir, "savona.csv");
        await File.WriteAllLinesAsync(file, lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[2] == "SV")));

        // Only this test reads the variable.
        Environment.SetEnvironmentVariable(ComuniDataLocation.EnvironmentVariable, file);
        try
        {
            var import = Run("enti", "import");

            Assert.Equal(0, import.ExitCode);
            Assert.Contains(file, import.Stdout);
            Assert.True(await database.ScalarAsync<int>("SELECT count(*) FROM ente WHERE province_code = 'SV'") > 60);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ComuniDataLocation.EnvironmentVariable, null);
        }

        Assert.Equal(shipped, ComuniDataLocation.Resolve(null));
        Assert.Equal(shipped, ComuniDataLocation.Resolve(""));
        Assert.Equal("altro.csv", ComuniDataLocation.Resolve("altro.csv"));
    }

    private string EuropeeInGenova()
    {
        var tornata = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", "2024-06-09").Stdout.Trim();
        Assert.Equal(0, Run("tornata", "add-consultation", tornata, "--consultation", "europee", "--enti", "province:GE").ExitCode);
        return tornata;
    }

    private CliRun Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Scadenzario"] = database.ConnectionString })
            .Build();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(args, new CliEnvironment(stdout, stderr, clock, configuration));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
