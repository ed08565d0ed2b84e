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
