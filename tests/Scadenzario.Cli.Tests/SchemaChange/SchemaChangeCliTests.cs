using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Time;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.SchemaChange;

namespace Scadenzario.Cli.Tests.SchemaChange;

/// <summary>
/// Issue 15, item 5, for the command line: <c>tasks</c> (the day), <c>tasks history</c> and
/// <c>tasks overview</c> print, on the fixture loaded at migration 0025 and migrated to the
/// latest, the bytes they printed before the schema change (tests/SchemaChange/expected), on
/// Thursday 30 May 2024 at 9:15 in Rome, the web test's instant.
/// </summary>
public sealed class SchemaChangeCliTests : IAsyncLifetime
{
    private readonly FixtureDatabase database = new();
    private readonly FakeClock clock = new(RomeTime.ToInstant(new LocalDateTime(2024, 5, 30, 9, 15)));

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Tasks_DayHistoryAndOverview_AreTheBytesOfBeforeTheSchemaChange()
    {
        var lists = await database.ActAsync(FixtureDatabase.Genova, "comunali.presentazione-liste");
        var reopened = await database.ActAsync(FixtureDatabase.Genova, "tessere.manifesto-rettifica");
        var moved = await database.ScalarAsync<long>(
            $"SELECT min(m.adempimento_id) FROM adempimento_move m JOIN adempimento a ON a.id = m.adempimento_id WHERE a.ente_code = '{FixtureDatabase.Genova}'");

        Snapshot.AssertAll(
        [
            ("cli-tasks-genova.txt", Run("tasks", "--ente", FixtureDatabase.Genova)),
            ("cli-tasks-genova-31-maggio.txt", Run("tasks", "--ente", FixtureDatabase.Genova, "--day", "2024-05-31")),
            ("cli-tasks-rossiglione.txt", Run("tasks", "--ente", FixtureDatabase.Rossiglione)),
            ("cli-tasks-history-presentazione-liste.txt", Run("tasks", "history", $"{lists}")),
            ("cli-tasks-history-manifesto-rettifica.txt", Run("tasks", "history", $"{reopened}")),
            ("cli-tasks-history-spostato.txt", Run("tasks", "history", $"{moved}")),
            ("cli-tasks-overview-ge.txt", Run("tasks", "overview", "--tornata", $"{FixtureDatabase.Tornata}", "--province", "GE")),
        ]);
    }

    /// <summary>What the command printed; it must succeed and say nothing on stderr.</summary>
    private string Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Scadenzario"] = database.ConnectionString })
            .Build();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(args, new CliEnvironment(stdout, stderr, clock, configuration));
        Assert.True(exit == 0 && stderr.ToString() == "", $"{string.Join(' ', args)}: exit {exit}, {stderr}");
        return stdout.ToString();
    }
}
