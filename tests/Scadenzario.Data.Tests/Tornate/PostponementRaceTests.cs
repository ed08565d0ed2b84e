using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// A postponement of every ente of Genova's province while offices complete acts. The race is
/// made deterministic with a second transaction and explicit ordering: the office's completion
/// holds its row, the postponement reads the act as still to do and waits for that row (polled in
/// <c>pg_stat_activity</c>), then the office commits.
/// </summary>
public sealed class PostponementRaceTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private const string Rule = "revisione.elenco-non-diciottenni";
    private static readonly LocalDate VotingDay = new(2024, 6, 9);

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
    public async Task Postpone_OfficeCompletesAnActWhileItRuns_CompletionKeptAndActMoved()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");
        var (id, due) = await ActAsync(tornata);

        // The office's completion, as AdempimentiService writes it (row_version is its concurrency
        // token), left uncommitted while the postponement starts.
        await using var office = await database.DataSource.OpenConnectionAsync();
        await using var completion = await office.BeginTransactionAsync();
        await using (var complete = new NpgsqlCommand($"""
            UPDATE adempimento SET status = 'completato', completed_at = now(), completed_by = 'Mario Rossi',
                protocol_number = 'PG/7', row_version = row_version + 1
            WHERE id = {id} AND row_version = 0;
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status)
            VALUES ({id}, now(), 'Mario Rossi', 'completato', 'da_fare', 'completato')
            """, office, completion))
        {
            Assert.Equal(2, await complete.ExecuteNonQueryAsync());
        }

        var postponement = Tornate.PostponeAsync(tornata, [VotingDay.PlusWeeks(2)], "d.l. di rinvio", "Ministero");
        await WaitUntilBlockedByAsync(office.ProcessID, postponement);
        await completion.CommitAsync();
        var result = await postponement;

        await using var db = ScadenzarioDb.Create(database.DataSource);
        var act = await db.Adempimenti.AsNoTracking().SingleAsync(t => t.Id == id);
        Assert.Equal(AdempimentoStatus.Completato, act.Status);
        Assert.Equal(("Mario Rossi", "PG/7"), (act.CompletedBy, act.ProtocolNumber));
        Assert.Equal(due.PlusWeeks(2), act.DueDate);
        // Moved once, by the second run of the update, from the old day to the new one.
        var move = await db.Moves.AsNoTracking().SingleAsync(m => m.AdempimentoId == id);
        Assert.Equal(act.DueLocal, move.ToDueLocal);
        var audit = await db.Audit.AsNoTracking().Where(a => a.AdempimentoId == id).OrderBy(a => a.Id).Select(a => new { a.Action, a.ToStatus }).ToListAsync();
        Assert.Equal([(AuditAction.Creato, AdempimentoStatus.DaFare), (AuditAction.Completato, AdempimentoStatus.Completato), (AuditAction.Spostato, AdempimentoStatus.Completato)], audit.Select(a => (a.Action, a.ToStatus!.Value)));
        var dated = await database.ScalarAsync<int>($"SELECT count(*) FROM adempimento_vista WHERE tornata_id = {tornata} AND due_local IS NOT NULL");
        Assert.Equal(dated, result.Moved);
    }

    private async Task<(long Id, LocalDate Due)> ActAsync(long tornata)
    {
        await using var db = ScadenzarioDb.Create(database.DataSource);
        var act = await db.Adempimenti.AsNoTracking().SingleAsync(t => t.TornataId == tornata && t.EnteCode == Genova && t.RuleId == Rule);
        Assert.Equal(AdempimentoStatus.DaFare, act.Status);
        return (act.Id, act.DueDate!.Value);
    }

    /// <summary>Polls until some backend of this database waits for a lock held by <paramref name="holder"/>.</summary>
    private async Task WaitUntilBlockedByAsync(int holder, Task work)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(work.IsCompleted, "the concurrent work finished without waiting for the row");
            var waiting = await database.ScalarAsync<bool>($"""
                SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                               WHERE datname = current_database() AND {holder} = ANY(pg_blocking_pids(pid)))
                """);
            if (waiting)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("the concurrent work never waited for the row");
    }
}
