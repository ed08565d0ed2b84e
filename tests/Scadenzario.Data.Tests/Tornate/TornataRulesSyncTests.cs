using NodaTime;
using NodaTime.Testing;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// `tornata sync`: a tornata created with the repository's calendars, then the program runs with a
/// newer release of them (one rule a day earlier, one dropped, one added), on the real PostgreSQL.
/// </summary>
public sealed class TornataRulesSyncTests : IAsyncLifetime, IDisposable
{
    private const string Genova = "010025";
    private const string Rapallo = "010046";
    private const string Rossiglione = "010051";
    private static readonly LocalDate VotingDay = new(2024, 6, 9);

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = Fixtures.Clock();
    private readonly NewerCalendars newer = new();
    private long tornata;

    private TornataRulesSync Sync => new(database.DataSource, newer.Calendars, clock);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
        var tornate = new TornataService(database.DataSource, Fixtures.Calendars, clock);
        tornata = await tornate.CreateAsync("Europee 2024", [VotingDay]);
        var codes = Path.Combine(Path.GetTempPath(), $"enti-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(codes, [Genova, Rapallo, Rossiglione]);
        await tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse($"file:{codes}"), "test");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => newer.Dispose();

    [Fact]
    public async Task Preview_NewerRules_ListsEachEntesChangesAndWritesNothing()
    {
        await Complete(Genova, NewerCalendars.DroppedRule);
        var before = await Snapshot();

        var report = await Sync.PreviewAsync(tornata);

        Assert.False(report.Status.Aligned);
        Assert.Equal([Fixtures.Calendars.Version], report.Status.TaskVersions);
        Assert.Equal(newer.Calendars.Version, report.Status.ProgramVersion);
        Assert.Null(report.Applied);
        Assert.Equal([Genova, Rapallo, Rossiglione], report.Changes.Enti.Select(e => e.EnteCode));
        var genova = report.Changes.Enti[0];
        var moved = Assert.Single(genova.Changes, c => c.Kind == TaskChangeKind.Moved);
        Assert.Equal((NewerCalendars.MovedRule, "domenica 5 maggio 2024", "sabato 4 maggio 2024"), (moved.RuleId, moved.From, moved.To));
        var added = Assert.Single(genova.Changes, c => c.Kind == TaskChangeKind.Added);
        Assert.Equal((NewerCalendars.AddedRule, "lunedì 20 maggio 2024"), (added.RuleId, added.To));
        var dropped = Assert.Single(genova.Changes, c => c.Kind == TaskChangeKind.Dropped);
        Assert.Equal((NewerCalendars.DroppedRule, true), (dropped.RuleId, dropped.Completed));
        Assert.DoesNotContain(genova.Changes, c => c.Kind == TaskChangeKind.Updated);
        Assert.Equal((3, 3, 3, 1), (report.Changes.Count(TaskChangeKind.Added), report.Changes.Count(TaskChangeKind.Moved), report.Changes.Count(TaskChangeKind.Dropped), report.Changes.CompletedDropped));
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Apply_NewerRules_MovesAddsDropsKeepsCompletionsAndRecordsTheMoves()
    {
        await Complete(Genova, NewerCalendars.MovedRule);
        await Complete(Genova, NewerCalendars.DroppedRule);
        var created = await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_vista");

        var report = await Sync.ApplyAsync(tornata, "amministratore");

        var reason = $"aggiornamento delle regole alla versione {newer.Calendars.Version}";
        Assert.Equal(new SyncResult(3, 3, 3, 3, 2), report.Applied);
        Assert.Equal(created + 3, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_vista"));
        Assert.Equal(3, await database.ScalarAsync<int>(
            $"SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.rule_id = '{NewerCalendars.MovedRule}' " +
            $"AND m.reason = '{reason}' AND m.from_due_local = '2024-05-06 00:00' AND m.to_due_local = '2024-05-05 00:00'"));
        Assert.Equal(3, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_move"));

        var movedDone = await Task(Genova, NewerCalendars.MovedRule);
        Assert.Equal((AdempimentoStatus.Completato, "Mario Rossi", new LocalDate(2024, 5, 4)), (movedDone.Status, movedDone.CompletedBy, movedDone.DueDate!.Value));
        var droppedDone = await Task(Genova, NewerCalendars.DroppedRule);
        Assert.Equal((AdempimentoStatus.Completato, "PG/1"), (droppedDone.Status, droppedDone.ProtocolNumber));
        var history = await new AdempimentiService(database.DataSource, clock).HistoryAsync(droppedDone.Id);
        Assert.Contains("il completamento è conservato", history[^1].Details);
        Assert.Equal(AdempimentoStatus.NonApplicabile, (await Task(Rapallo, NewerCalendars.DroppedRule)).Status);
        Assert.Equal(AdempimentoStatus.DaFare, (await Task(Rossiglione, NewerCalendars.AddedRule)).Status);
        Assert.Equal(newer.Calendars.Version, await database.ScalarAsync<string>($"SELECT string_agg(DISTINCT calendar_version, ',') FROM adempimento_vista WHERE tornata_id = {tornata}"));
        Assert.True((await Sync.FindAsync(tornata))!.Aligned);
    }

    [Fact]
    public async Task Apply_AlignedTornata_ChangesNothing()
    {
        await Sync.ApplyAsync(tornata, "amministratore");
        var before = await Snapshot();

        var again = await Sync.ApplyAsync(tornata, "amministratore");
        var preview = await Sync.PreviewAsync(tornata);

        Assert.True(again.Status.Aligned);
        Assert.Null(again.Applied);
        Assert.True(preview.Changes.IsEmpty);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Preview_SameRulesAsTheProgram_IsAligned()
    {
        var report = await new TornataRulesSync(database.DataSource, Fixtures.Calendars, clock).PreviewAsync(tornata);

        Assert.True(report.Status.Aligned);
        Assert.True(report.Changes.IsEmpty);
    }

    [Fact]
    public async Task Apply_ProgramOlderThanTheTornata_IsRefusedAndWritesNothing()
    {
        await Sync.ApplyAsync(tornata, "amministratore");
        var before = await Snapshot();

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => new TornataRulesSync(database.DataSource, Fixtures.Calendars, clock).ApplyAsync(tornata, "amministratore"));

        Assert.Contains("più recente di quella di questo programma", error.Message);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Apply_ClosedTornata_IsRefusedAndWritesNothing()
    {
        await using (var close = database.DataSource.CreateCommand($"UPDATE adempimento SET status = 'non_applicabile' WHERE tornata_id = {tornata}"))
        {
            await close.ExecuteNonQueryAsync();
        }

        var before = await Snapshot();

        var error = await Assert.ThrowsAsync<ConflictException>(() => Sync.ApplyAsync(tornata, "amministratore"));

        Assert.Contains("è chiusa", error.Message);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public void CalendarVersions_CompareNumbersAndIgnoreTheHash()
    {
        Assert.True(CalendarVersions.Compare("2026.11.1.1+aa", "2026.11.1+bb") > 0);
        Assert.True(CalendarVersions.Compare("2026.9.1+aa", "2026.11.1+aa") < 0);
        Assert.Equal(0, CalendarVersions.Compare("2026.11.1+aa", "2026.11.1+bb"));
    }

    private async Task Complete(string ente, string rule) =>
        await new AdempimentiService(database.DataSource, clock).CompleteAsync((await Task(ente, rule)).Id, ente, "Mario Rossi", "PG/1", null);

    private async Task<Adempimento> Task(string ente, string rule)
    {
        await using var db = ScadenzarioDb.Create(database.DataSource);
        return db.Adempimenti.Single(t => t.TornataId == tornata && t.EnteCode == ente && t.RuleId == rule);
    }

    /// <summary>Everything a synchronisation could write, as one comparable line.</summary>
    private Task<string?> Snapshot() => database.ScalarAsync<string>("""
        SELECT concat_ws('|',
            (SELECT count(*) FROM adempimento_vista), (SELECT count(*) FROM adempimento_storia), (SELECT count(*) FROM adempimento_move),
            (SELECT md5(string_agg(concat_ws(',', id, status, due_local, calendar_version, row_version), ';' ORDER BY id)) FROM adempimento_vista))
        """);
}
