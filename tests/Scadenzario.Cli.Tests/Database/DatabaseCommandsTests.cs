using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Cli.Tests.Database;

/// <summary>The database commands end to end, on the real PostgreSQL: what an office types and reads.</summary>
public sealed partial class DatabaseCommandsTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private readonly TestDatabase database = new() { Migrate = false };
    private readonly FakeClock clock = new(Instant.FromUtc(2024, 3, 1, 11, 0));
    private readonly string workDir = Directory.CreateTempSubdirectory("scadenzario-cli-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(workDir, recursive: true);
    }

    [Fact]
    public async Task Workflow_ImportCreateCompleteAndOverview()
    {
        Assert.Equal(0, Run("enti", "import", await LiguriaCsv()).ExitCode);
        var create = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", "2024-06-09");
        Assert.Equal(0, create.ExitCode);
        var tornata = create.Stdout.Trim();
        Assert.Matches("^[0-9]+$", tornata);
        var add = Run("tornata", "add-consultation", tornata, "--consultation", "europee", "--enti", "province:GE");
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("Enti: 67", add.Stdout);

        var day = Run("tasks", "--ente", Genova, "--day", "2024-05-05");
        Assert.Equal(0, day.ExitCode);
        Assert.Contains("Genova (010025)", day.Stdout);
        Assert.Contains("domenica 5 maggio 2024", day.Stdout);
        // The lists of ActStates, as Oggi shows them: the acts of others apart, never among the overdue.
        Assert.Contains("Nei prossimi 7 giorni (", day.Stdout);
        Assert.Contains("Da sapere (atti di altri) (", day.Stdout);
        var id = TaskId().Match(day.Stdout).Groups[1].Value;
        Assert.NotEmpty(id);

        var complete = Run("tasks", "complete", id, "--ente", Genova, "--protocol", "PG/2024/118", "--by", "Ufficio elettorale");
        Assert.Equal(0, complete.ExitCode);
        Assert.StartsWith("Completato:", complete.Stdout);
        var again = Run("tasks", "complete", id, "--ente", Genova, "--protocol", "PG/2024/119", "--by", "Ufficio elettorale");
        Assert.Equal(5, again.ExitCode);
        Assert.Contains("già stato completato", again.Stderr);

        var history = Run("tasks", "history", id);
        Assert.Contains("PG/2024/118", history.Stdout);
        // The task page's words: the action and the states in Italian, no stored code, no ISO date.
        Assert.Contains("Completato · da fare → completato · Ufficio elettorale", history.Stdout);
        Assert.DoesNotContain("da_fare", history.Stdout);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", history.Stdout);
        var overview = Run("tasks", "overview", "--tornata", tornata, "--province", "GE");
        Assert.Equal(0, overview.ExitCode);
        Assert.Contains("67 comuni", overview.Stdout);
    }

    [Fact]
    public async Task Import_BrokenRow_NamesTheLineAndWritesNothing()
    {
        var lines = File.ReadLines(Fixtures.ComuniCsvPath).Take(6).ToList();
        var cells = lines[4].Split(',');
        cells[6] = "tremila"; // population
        lines[4] = string.Join(',', cells);
        var file = Path.Combine(workDir, "rotto.csv");
        await File.WriteAllLinesAsync(file, lines);

        var run = Run("enti", "import", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("riga 5", run.Stderr);
        Assert.Equal("", run.Stdout);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM ente"));
    }

    [Theory]
    [InlineData("2024-02-04", "già passati", 6)]
    [InlineData("2024-02-30", "2024-02-30", 2)]
    public async Task CreateTornata_BadVotingDay_IsRefusedAndWritesNothing(string votingDay, string expected, int exitCode)
    {
        var run = Run("tornata", "create", "--name", "Prova", "--voting-days", votingDay);

        // A day that passed is refused by a rule (6); a day that does not exist is invalid input (2).
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(expected, run.Stderr);
        Assert.Equal("", run.Stdout);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata"));
    }

    [Fact]
    public void Tasks_UnknownEnte_IsRefusedWithAClearMessage()
    {
        var run = Run("tasks", "--ente", "999999", "--day", "2024-05-05");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("999999", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task TextOverTheLimits_Exits2NamingTheLimitAndWritesNothing()
    {
        Assert.Equal(0, Run("enti", "import", await LiguriaCsv()).ExitCode);

        var longName = Run("tornata", "create", "--name", new string('T', 201), "--voting-days", "2024-06-09");
        var tornata = Run("tornata", "create", "--name", "Europee 2024", "--voting-days", "2024-06-09").Stdout.Trim();
        Run("tornata", "add-consultation", tornata, "--consultation", "europee", "--enti", "province:GE");
        var id = TaskId().Match(Run("tasks", "--ente", Genova, "--day", "2024-05-05").Stdout).Groups[1].Value;
        var longProtocol = Run("tasks", "complete", id, "--ente", Genova, "--protocol", new string('7', 101), "--by", "Ufficio elettorale");
        var longReason = Run("tornata", "postpone", tornata, "--voting-days", "2024-06-23", "--reason", new string('m', 1001), "--by", "Ministero", "--conferma");

        Assert.Equal((2, 2, 2), (longName.ExitCode, longProtocol.ExitCode, longReason.ExitCode));
        Assert.Contains("Il nome della tornata può avere al più 200 caratteri", longName.Stderr, StringComparison.Ordinal);
        Assert.Contains("Il protocollo può avere al più 100 caratteri", longProtocol.Stderr, StringComparison.Ordinal);
        Assert.Contains("Il motivo può avere al più 1000 caratteri", longReason.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT count(*) FROM tornata"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_vista WHERE status = 'completato'"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move"));
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

    private async Task<string> LiguriaCsv()
    {
        var lines = File.ReadLines(Fixtures.ComuniCsvPath).ToList();
        var file = Path.Combine(workDir, "liguria.csv");
        await File.WriteAllLinesAsync(file, lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[2] == "GE")));
        return file;
    }

    [GeneratedRegex(@"\[([0-9]+)\]")]
    private static partial Regex TaskId();
}
