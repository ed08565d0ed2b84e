using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// Narrow task rows (migrations/0026, issue 15 item 5): what a rule says is stored once per calendar
/// version and read with each task; a synchronisation records its creations once, and each act's
/// history still begins with when and why it was created; the task's references are checked per
/// statement, as firmly as the foreign keys they replace.
/// </summary>
public sealed class NarrowTaskRowsTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private static readonly LocalDate VotingDay = new(2024, 6, 9);

    private readonly TestDatabase database = new();

    private TornataService Tornate => new(database.DataSource, Fixtures.Calendars, Fixtures.Clock());

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Creation_StoresEachRuleTextOnce_AndEveryActReadsTheEnginesWords()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        var result = await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");

        // 67 comuni share the texts: one row per rule text of the version, not per act.
        var texts = await database.ScalarAsync<long>($"SELECT count(DISTINCT regola_id) FROM adempimento WHERE tornata_id = {tornata}");
        Assert.True(texts * 10 < result.Created, $"{texts} texts for {result.Created} acts");
        Assert.Equal(0, await database.ScalarAsync<long>($"SELECT count(*) FROM regola WHERE calendar_version <> '{Fixtures.Calendars.Version}'"));

        // What Genova's acts say is what the engine derives for Genova, rule by rule.
        var derived = Fixtures.Calendars.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(VotingDay),
            Consultations = [ConsultationType.Europee],
            Population = 561203,
            Region = "Liguria",
            Province = "GE",
        }).Deadlines.Select(d => $"{d.Rule.Id}|{d.Rule.Title}|{d.Rule.Actor}|{d.Rule.Kind.Id()}|{d.LegalBasis}|{d.Rule.Owner.Id()}").Order(StringComparer.Ordinal);
        await using var db = ScadenzarioDb.Create(database.DataSource);
        var stored = (await db.Adempimenti.Where(a => a.TornataId == tornata && a.EnteCode == Genova).ToListAsync())
            .Select(a => $"{a.RuleId}|{a.Title}|{a.Actor}|{a.Kind.Id()}|{a.LegalBasis}|{a.Owner.Id()}").Order(StringComparer.Ordinal);
        Assert.Equal(derived, stored);
    }

    [Fact]
    public async Task Creation_IsRecordedOncePerSynchronisation_AndEachHistoryBeginsWithIt()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        var result = await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "operatore");

        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM adempimento_creazione"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM adempimento_audit WHERE action = 'creato'"));
        Assert.Equal(result.Created, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM adempimento a JOIN adempimento_creazione c ON c.id = a.creazione_id WHERE a.tornata_id = {tornata}"));

        // The history of an act, as every reader gets it: created first, in the state it was created in.
        var adempimenti = new AdempimentiService(database.DataSource, Fixtures.Clock());
        var waiting = await database.ScalarAsync<long>($"SELECT min(id) FROM adempimento WHERE tornata_id = {tornata} AND status = 'in_attesa'");
        var toDo = await database.ScalarAsync<long>($"SELECT min(id) FROM adempimento WHERE tornata_id = {tornata} AND status = 'da_fare'");
        foreach (var (id, status) in new[] { (waiting, AdempimentoStatus.InAttesa), (toDo, AdempimentoStatus.DaFare) })
        {
            var first = (await adempimenti.HistoryAsync(id))[0];
            Assert.Equal((AuditAction.Creato, "operatore", (AdempimentoStatus?)null, (AdempimentoStatus?)status), (first.Action, first.Actor, first.FromStatus, first.ToStatus));
            Assert.Equal("motivo: aggiunta la consultazione: Elezioni europee", AuditText.Details(first.Details));
        }

        // A second synchronisation that creates nothing records no creation.
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "operatore");
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM adempimento_creazione"));
    }

    [Fact]
    public async Task ReferencesOfATask_AreCheckedAndKept()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");
        var act = await database.ScalarAsync<long>($"SELECT min(id) FROM adempimento WHERE ente_code = '{Genova}'");

        async Task<PostgresException> Refused(string sql)
        {
            await using var command = database.DataSource.CreateCommand(sql);
            return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        }

        // An act of an ente, a tornata or a rule text that does not exist, written or re-pointed.
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Refused($"""
            INSERT INTO adempimento (tornata_id, ente_code, rule_id, regola_id, status, festivo)
            SELECT tornata_id, '999999', 'prova', regola_id, 'da_fare', false FROM adempimento WHERE id = {act}
            """)).SqlState);
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Refused($"UPDATE adempimento SET regola_id = -1 WHERE id = {act}")).SqlState);
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Refused($"UPDATE adempimento SET merged_into = '999999' WHERE id = {act}")).SqlState);
        // What acts refer to stays: an ente, a tornata, a rule's text.
        Assert.Contains("indicato da adempimenti", (await Refused($"DELETE FROM ente WHERE code = '{Genova}'")).MessageText);
        Assert.Contains("indicata da adempimenti", (await Refused($"DELETE FROM tornata WHERE id = {tornata}")).MessageText);
        Assert.Contains("storico", (await Refused("UPDATE regola SET title = 'altro'")).MessageText);
        // The history of an act that does not exist; an act that has a history, deleted.
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Refused(
            "INSERT INTO adempimento_audit (adempimento_id, at, actor, action) VALUES (-1, now(), 'prova', 'aggiornato')")).SqlState);
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, (await Refused(
            "INSERT INTO adempimento_move (adempimento_id, moved_at, reason) VALUES (-1, now(), 'prova')")).SqlState);
        await using (var sollecito = database.DataSource.CreateCommand(
            $"INSERT INTO adempimento_audit (adempimento_id, at, actor, action) VALUES ({act}, now(), 'prova', 'sollecitato')"))
        {
            await sollecito.ExecuteNonQueryAsync();
        }

        Assert.Contains("ha uno storico", (await Refused($"DELETE FROM adempimento WHERE id = {act}")).MessageText);
        Assert.Contains("storico", (await Refused("DELETE FROM regola")).MessageText);

        Assert.Equal(Genova, await database.ScalarAsync<string>($"SELECT ente_code FROM adempimento_vista WHERE id = {act}"));
    }

    [Fact]
    public async Task AnActNoLongerRequired_RecordsTheStateItLeft()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [VotingDay]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.FromLines("Genova", [Genova]), "test");
        // A rule the calendars no longer have, as after an update of the program.
        await using (var orphan = database.DataSource.CreateCommand($"""
            INSERT INTO adempimento (tornata_id, ente_code, rule_id, regola_id, status, festivo, due_date, due_local, due_at)
            SELECT tornata_id, ente_code, 'europee.regola-abrogata', regola_id, 'da_fare', false, due_date, due_local, due_at
            FROM adempimento WHERE ente_code = '{Genova}' AND status = 'da_fare' ORDER BY id LIMIT 1
            """))
        {
            await orphan.ExecuteNonQueryAsync();
        }

        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.FromLines("Genova", [Genova]), "test");

        Assert.Equal("da_fare>non_applicabile", await database.ScalarAsync<string>(
            "SELECT h.from_status || '>' || h.to_status FROM adempimento_storia h JOIN adempimento a ON a.id = h.adempimento_id WHERE a.rule_id = 'europee.regola-abrogata' AND h.action = 'non_applicabile'"));
    }
}
