using Npgsql;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>Tornate, adempimenti and their workflow on the real PostgreSQL, with the comuni of the Città metropolitana di Genova.</summary>
public sealed class TornataServiceTests : IAsyncLifetime
{
    private const string Genova = "010025";      // 561,203 inhabitants: superiore
    private const string Rapallo = "010046";     // 29,107: superiore
    private const string Rondanina = "010051";   // 60: inferiore
    private static readonly LocalDate VotingDay = new(2024, 6, 9);

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = Fixtures.Clock();

    private TornataService Tornate => new(database.DataSource, Fixtures.Calendars, clock);

    private AdempimentiService Adempimenti => new(database.DataSource, clock);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Create_VotingDayInThePast_IsRefusedAndWritesNothing()
    {
        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.CreateAsync("Europee 2024", [new LocalDate(2024, 2, 25)]));

        Assert.Contains("già passati", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata"));
    }

    [Fact]
    public async Task AddConsultation_CreatesOneTaskPerApplicableRuleAndEnte()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);

        var result = await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");

        Assert.Equal(67, result.Enti);
        var expected = Fixtures.Calendars.Derive(new Calendars.Derivation.ElectionFacts
        {
            VotingDays = Calendars.Derivation.VotingDays.OneDay(VotingDay),
            Consultations = [Calendars.Rules.ConsultationType.Europee],
            Population = 561203,
        }).Deadlines.Count;
        Assert.Equal(67 * expected, result.Created);
        Assert.Equal(expected, await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE ente_code = '{Genova}'"));
        Assert.Equal(result.Created, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_storia WHERE action = 'creato'"));
        Assert.Null(await Task(Genova, "comunali.manifesto-convocazione-comizi", tornata, allowMissing: true));
        var votazione = await Task(Genova, "votazione", tornata);
        Assert.Equal(new LocalDateTime(2024, 6, 9, 23, 0), votazione!.DueLocal);
        Assert.Equal(Instant.FromUtc(2024, 6, 9, 21, 0), votazione.DueAt);
    }

    [Fact]
    public async Task AddConsultation_SecondConsultation_AddsItsActsAndKeepsSharedOnesOnce()
    {
        var tornata = await Tornate.CreateAsync("Europee e comunali 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");
        var before = await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE ente_code = '{Genova}'");

        await Tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{await CodesFile(Genova)}"), "test");

        var after = await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE ente_code = '{Genova}'");
        Assert.True(after > before);
        Assert.Equal(1, await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE ente_code = '{Genova}' AND rule_id = 'votazione'"));
        var scrutinio = await Task(Genova, "comunali.scrutinio", tornata);
        Assert.Equal(new LocalDateTime(2024, 6, 10, 14, 0), scrutinio!.DueLocal); // with europee: Monday 14:00
        Assert.Null(await Task(Rapallo, "comunali.scrutinio", tornata, allowMissing: true));
    }

    [Fact]
    public async Task AddConsultation_UnknownEnteInFile_IsRefusedAndWritesNothing()
    {
        var tornata = await Tornate.CreateAsync("Comunali 2024", [VotingDay]);

        var error = await Assert.ThrowsAsync<NotFoundException>(() =>
            Tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{CodesFileSync(Genova, "999999")}"), "test"));

        Assert.Contains("999999", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_vista"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM tornata_ente"));
    }

    [Fact]
    public async Task Complete_RecordsEvidenceAndAudit()
    {
        var (tornata, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");

        var done = await Adempimenti.CompleteAsync(task.Id, Genova, "Mario Rossi", "PG/2024/123", null);

        Assert.Equal(AdempimentoStatus.Completato, done.Status);
        var stored = await Task(Genova, "revisione.elenco-non-diciottenni", tornata);
        Assert.Equal(("Mario Rossi", "PG/2024/123", Fixtures.March2024), (stored!.CompletedBy, stored.ProtocolNumber, stored.CompletedAt!.Value));
        var history = await Adempimenti.HistoryAsync(task.Id);
        Assert.Equal([AuditAction.Creato, AuditAction.Completato], history.Select(h => h.Action));
        Assert.Contains("PG/2024/123", history[^1].Details);
    }

    [Fact]
    public async Task Complete_AnotherEntesTask_IsRefused()
    {
        var (_, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Adempimenti.CompleteAsync(task.Id, Rapallo, "Rapallo", "1", null));

        Assert.Contains($"è dell'ente {Genova}", error.Message);
    }

    [Fact]
    public async Task Complete_TaskWaitingForAnEvent_IsRefused()
    {
        var tornata = await Tornate.CreateAsync("Comunali 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{await CodesFile(Genova)}"), "test");
        var waiting = await FirstWaiting(tornata, Genova, "event:liste-ammesse");

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Adempimenti.CompleteAsync(waiting.Id, Genova, "x", "1", null));

        Assert.Contains("in attesa", error.Message);
        Assert.DoesNotContain("event:", error.Message);
        Assert.DoesNotContain("liste-ammesse", error.Message);
    }

    [Fact]
    public async Task Complete_WithoutProtocolOrNote_IsRefused()
    {
        var (_, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");

        await Assert.ThrowsAsync<InvalidInputException>(() => Adempimenti.CompleteAsync(task.Id, Genova, "x", " ", null));
    }

    [Fact]
    public async Task Reopen_NeedsAReason_AndKeepsTheHistory()
    {
        var (_, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");
        await Adempimenti.CompleteAsync(task.Id, Genova, "Mario Rossi", "PG/1", null);

        await Assert.ThrowsAsync<InvalidInputException>(() => Adempimenti.ReopenAsync(task.Id, Genova, "Mario Rossi", ""));
        var reopened = await Adempimenti.ReopenAsync(task.Id, Genova, "Mario Rossi", "protocollo errato");

        Assert.Equal(AdempimentoStatus.DaFare, reopened.Status);
        var history = await Adempimenti.HistoryAsync(task.Id);
        Assert.Equal([AuditAction.Creato, AuditAction.Completato, AuditAction.Riaperto], history.Select(h => h.Action));
        Assert.Contains("protocollo errato", history[^1].Details);
    }

    [Fact]
    public async Task Complete_TwoSessionsAtOnce_OneWinsAndTheOtherIsToldWhy()
    {
        var (_, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");
        using var start = new ManualResetEventSlim();

        var running = Enumerable.Range(1, 2).Select(i => System.Threading.Tasks.Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await Adempimenti.CompleteAsync(task.Id, Genova, $"operatore {i}", $"PG/{i}", null);
                return "ok";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        })).ToList();
        start.Set();
        var attempts = await System.Threading.Tasks.Task.WhenAll(running);

        Assert.Single(attempts, a => a == "ok");
        Assert.Single(attempts, a => a.Contains("già stato completato da operatore"));
        Assert.Equal(1, await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_storia WHERE adempimento_id = {task.Id} AND action = 'completato'"));
    }

    [Fact]
    public async Task Audit_CannotBeUpdatedOrDeleted_EvenDirectly()
    {
        var (_, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");

        // The act's history so far is its creation, recorded once for the synchronisation that created it (migrations/0026).
        const string Creation = "(SELECT creazione_id FROM adempimento WHERE id = {0})";
        await using var update = database.DataSource.CreateCommand($"UPDATE adempimento_creazione SET actor = 'nessuno' WHERE id = {string.Format(null, Creation, task.Id)}");
        await using var delete = database.DataSource.CreateCommand($"DELETE FROM adempimento_creazione WHERE id = {string.Format(null, Creation, task.Id)}");

        Assert.Contains("storico", (await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).MessageText);
        Assert.Contains("storico", (await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync())).MessageText);
        Assert.Equal(1, await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_storia WHERE adempimento_id = {task.Id}"));
    }

    [Fact]
    public async Task RecordEvent_DatesTheTasksWaitingForIt()
    {
        var tornata = await Tornate.CreateAsync("Comunali 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{await CodesFile(Genova)}"), "test");
        var waiting = await FirstWaiting(tornata, Genova, "event:liste-ammesse");
        clock.Reset(Instant.FromUtc(2024, 5, 13, 10, 0));

        await Tornate.RecordEventAsync(tornata, Genova, "liste-ammesse", new LocalDate(2024, 5, 13), "Ufficio elettorale");

        var dated = await Task(Genova, waiting.RuleId, tornata);
        Assert.Equal(AdempimentoStatus.DaFare, dated!.Status);
        Assert.NotNull(dated.DueDate);
        Assert.True(dated.DueDate >= new LocalDate(2024, 5, 13));
        Assert.Contains(AuditAction.Datato, (await Adempimenti.HistoryAsync(dated.Id)).Select(h => h.Action));
    }

    [Fact]
    public async Task Ballottaggio_WaitsForTheOutcomeOfTheFirstRound()
    {
        var tornata = await Tornate.CreateAsync("Comunali 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{await CodesFile(Genova, Rapallo, Rondanina)}"), "test");

        Assert.All(await Tasks(tornata, Genova, "ballottaggio"), t => Assert.Equal(AdempimentoStatus.InAttesa, t.Status));
        Assert.Empty(await Tasks(tornata, Rondanina, "ballottaggio"));
        clock.Reset(Instant.FromUtc(2024, 6, 11, 10, 0));

        await Tornate.RecordEventAsync(tornata, Genova, WorkflowEvents.BallottaggioNecessario, new LocalDate(2024, 6, 11), "UC");
        await Tornate.RecordEventAsync(tornata, Rapallo, WorkflowEvents.NessunBallottaggio, new LocalDate(2024, 6, 11), "UC");
        await Tornate.RecordEventAsync(tornata, Rondanina, WorkflowEvents.BallottaggioNecessario, new LocalDate(2024, 6, 11), "adunanza");

        var genova = await Tasks(tornata, Genova, "ballottaggio");
        Assert.All(genova, t => Assert.NotEqual(WaitingFor.Event(WorkflowEvents.BallottaggioNecessario), t.WaitingFor));
        Assert.All(genova.Where(t => t.WaitingFor is null), t => Assert.Equal(AdempimentoStatus.DaFare, t.Status));
        Assert.Contains(genova, t => t.Status == AdempimentoStatus.DaFare);
        // Acts counted from a later event (the candidates' names, the close of the count) still wait for it.
        Assert.All(genova.Where(t => t.WaitingFor is not null), t => Assert.Equal(AdempimentoStatus.InAttesa, t.Status));
        Assert.All(await Tasks(tornata, Rapallo, "ballottaggio"), t => Assert.Equal(AdempimentoStatus.NonApplicabile, t.Status));
        var tie = await Tasks(tornata, Rondanina, "ballottaggio");
        Assert.NotEmpty(tie); // a tie below the threshold: the ballottaggio is held there too
        Assert.Equal(new LocalDate(2024, 6, 23), tie.Single(t => t.RuleId == "ballottaggio.votazione").DueDate);
    }

    [Fact]
    public async Task Postpone_MovesEveryDateKeepsCompletionsAndLogsEachMove()
    {
        var (tornata, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");
        await Adempimenti.CompleteAsync(task.Id, Genova, "Mario Rossi", "PG/1", null);
        var dated = await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE tornata_id = {tornata} AND due_local IS NOT NULL");

        var result = await Tornate.PostponeAsync(tornata, [VotingDay.PlusWeeks(2)], "d.l. di rinvio", "Ministero");

        Assert.Equal(dated, result.Moved);
        var moved = await Task(Genova, "revisione.elenco-non-diciottenni", tornata);
        Assert.Equal(task.DueDate!.Value.PlusWeeks(2), moved!.DueDate);
        Assert.Equal(AdempimentoStatus.Completato, moved.Status);
        Assert.Equal("PG/1", moved.ProtocolNumber);
        Assert.Equal(dated, await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.tornata_id = {tornata}"));
        await using var db = ScadenzarioDb.Create(database.DataSource);
        var move = db.Moves.Single(m => m.AdempimentoId == task.Id);
        Assert.Equal((task.DueLocal, moved.DueLocal), (move.FromDueLocal, move.ToDueLocal));
        Assert.Contains("d.l. di rinvio", move.Reason);
    }

    [Fact]
    public async Task Postpone_ToThePast_IsRefused()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.PostponeAsync(tornata, [new LocalDate(2024, 2, 4)], "motivo", "x"));

        Assert.Contains("già passati", error.Message);
    }

    [Fact]
    public async Task Day_ListsOverdueFirstThenTheDaysActs()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse($"file:{await CodesFile(Genova)}"), "test");
        clock.Reset(Instant.FromUtc(2024, 5, 25, 8, 0)); // the 15th day before, morning

        var day = await new EnteDayQuery(database.DataSource, clock).RunAsync(Genova);

        Assert.NotEmpty(day.Overdue);
        Assert.All(day.Overdue, i => Assert.True(i.Task.DueDate < new LocalDate(2024, 5, 25)));
        Assert.Contains(day.Today, i => i.Task.RuleId == "scrutatori.notifica-nomina");
    }

    [Fact]
    public async Task ProvinceOverview_ShowsEveryComuneWithItsProgress()
    {
        var (tornata, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");
        await Adempimenti.CompleteAsync(task.Id, Genova, "Mario Rossi", "PG/1", null);

        var overview = await Adempimenti.ProvinceOverviewAsync(tornata, "GE");

        Assert.Equal(67, overview.Count);
        Assert.Equal(1, overview.Single(o => o.Code == Genova).Completed);
        Assert.All(overview, o => Assert.Equal(Phase.Preparazione, o.Phase));
    }

    [Fact]
    public async Task ProvinceOverview_AgreesWithTheTasksOfEachComune()
    {
        var (tornata, task) = await EuropeeWithTask(Genova, "revisione.elenco-non-diciottenni");
        await Adempimenti.CompleteAsync(task.Id, Genova, "Mario Rossi", "PG/1", null);
        clock.Reset(Instant.FromUtc(2024, 6, 9, 12, 0)); // the voting day: most acts are late by now

        var overview = await Adempimenti.ProvinceOverviewAsync(tornata, "GE");

        await using var db = ScadenzarioDb.Create(database.DataSource);
        var now = clock.GetCurrentInstant();
        foreach (var code in new[] { Genova, Rapallo, Rondanina })
        {
            var tasks = db.Adempimenti.Where(t => t.TornataId == tornata && t.EnteCode == code).ToList();
            var line = overview.Single(o => o.Code == code);
            // The ente's phase is that of its earliest open act, each act phased on its own.
            var open = tasks.Where(t => t.Status is AdempimentoStatus.DaFare or AdempimentoStatus.InAttesa).ToList();
            Assert.Equal(open.Count == 0 ? Phase.Concluso : open.Min(t => Phases.Of(t.RuleId, t.OffsetDays)), line.Phase);
            Assert.Equal(tasks.Count(t => t.Status != AdempimentoStatus.NonApplicabile), line.Total);
            Assert.Equal(tasks.Count(t => t.Status == AdempimentoStatus.Completato), line.Completed);
            // Overdue are the comune's own deadlines only: the acts of candidates, electors or the State are not its delay.
            var late = tasks.Where(t => t.Status == AdempimentoStatus.DaFare && t.DueAt <= now && t.Owner == ActorOwner.Comune && t.Kind is RuleKind.Scadenza or RuleKind.Periodo).ToList();
            Assert.Equal(late.Count, line.Overdue);
            Assert.Equal(late.Count(t => t.AssicurazionePrefetto), line.AwaitingAssicurazione);
            Assert.True(line.Overdue > 0);
        }
    }

    [Fact]
    public async Task Sync_RecordsEachTasksOwnerFromTheCalendars()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse($"file:{await CodesFile(Genova)}"), "test");

        await using var db = ScadenzarioDb.Create(database.DataSource);
        var tasks = db.Adempimenti.Where(t => t.TornataId == tornata && t.EnteCode == Genova).ToList();

        Assert.All(tasks, t => Assert.Equal(Fixtures.Calendars.OwnerOf(t.Actor), t.Owner));
        Assert.Contains(tasks, t => t.Owner == ActorOwner.Comune);
        Assert.Contains(tasks, t => t.Owner == ActorOwner.Altri);
        Assert.Contains(tasks, t => t.Owner == ActorOwner.Prefettura);
    }

    [Fact]
    public async Task OwnerBackfill_OfMigration0016_AgreesWithTheCalendars()
    {
        // The rows stored before the owner column get it from a mapping written in SQL: it must
        // say what index.yaml says for every actor, or the first sync would "change" them.
        var sql = await File.ReadAllTextAsync(Path.Combine(TestDatabase.MigrationsDirectory, "0016_adempimento_owner.sql"));
        var mapping = System.Text.RegularExpressions.Regex.Match(sql, "SET owner = (CASE.*?END);", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(mapping);
        foreach (var (actor, owner) in Fixtures.Calendars.Owners)
        {
            await using var command = database.DataSource.CreateCommand($"SELECT {mapping} FROM (SELECT $1::text AS actor) a");
            command.Parameters.Add(new NpgsqlParameter { Value = actor });
            Assert.Equal(owner.Id(), (string?)await command.ExecuteScalarAsync());
        }
    }

    private async Task<(long Tornata, Adempimento Task)> EuropeeWithTask(string ente, string rule)
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");
        return (tornata, (await Task(ente, rule, tornata))!);
    }

    private async Task<Adempimento?> Task(string ente, string rule, long tornata, bool allowMissing = false)
    {
        await using var db = ScadenzarioDb.Create(database.DataSource);
        var task = db.Adempimenti.SingleOrDefault(t => t.TornataId == tornata && t.EnteCode == ente && t.RuleId == rule);
        Assert.True(allowMissing || task is not null, $"no task {rule} for {ente}");
        return task;
    }

    private async Task<List<Adempimento>> Tasks(long tornata, string ente, string consultation)
    {
        var type = Calendars.Rules.ConsultationTypes.TryParse(consultation, out var parsed) ? parsed : throw new ArgumentException(consultation);
        await using var db = ScadenzarioDb.Create(database.DataSource);
        return [.. db.Adempimenti.Where(t => t.TornataId == tornata && t.EnteCode == ente && t.Consultation == type)];
    }

    private async Task<Adempimento> FirstWaiting(long tornata, string ente, string waitingFor)
    {
        var waiting = WaitingFor.Parse(waitingFor);
        await using var db = ScadenzarioDb.Create(database.DataSource);
        return db.Adempimenti.Where(t => t.TornataId == tornata && t.EnteCode == ente && t.WaitingFor == waiting).OrderBy(t => t.Id).First();
    }

    private static Task<string> CodesFile(params string[] codes) => System.Threading.Tasks.Task.FromResult(CodesFileSync(codes));

    private static string CodesFileSync(params string[] codes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"enti-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, codes);
        return path;
    }
}
