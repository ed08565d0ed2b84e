using Scadenzario.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Model;

/// <summary>The stored codes read into their types by the database mapping, on the real PostgreSQL.</summary>
public sealed class StoredTypesTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task AuditActions_AreExactlyThoseTheSchemaAllows()
    {
        // The CHECK constraint of adempimento_audit.action (migrations/0003_storico.sql, 0022_contatti.sql): an action
        // written in SQL that the enum did not know would fail every read of that act's history.
        var check = await database.ScalarAsync<string>("""
            SELECT pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = 'adempimento_audit'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%action%'
            """);

        Assert.Equal(
            ["aggiornato", "attivato", "completato", "creato", "datato", "ente_accorpato", "non_applicabile", "riaperto", "sollecitato", "spostato"],
            System.Text.RegularExpressions.Regex.Matches(check!, "'([a-z_]+)'").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["aggiornato", "attivato", "completato", "creato", "datato", "ente_accorpato", "non_applicabile", "riaperto", "sollecitato", "spostato"],
            Enum.GetValues<AuditAction>().Select(a => a.Id()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("event:ballottaggio-necessario", WaitingKind.Event, "ballottaggio-necessario")]
    [InlineData("rule:liste.esame", WaitingKind.Rule, "liste.esame")]
    [InlineData("liste-ammesse", WaitingKind.Event, "liste-ammesse")]
    public void WaitingFor_Parse_ReadsTheStoredCode(string code, WaitingKind kind, string target)
    {
        var waiting = WaitingFor.Parse(code);

        Assert.Equal(new WaitingFor(kind, target), waiting);
        Assert.Equal(kind == WaitingKind.Event && !code.Contains(':', StringComparison.Ordinal) ? "event:" + code : code, waiting.Code);
    }

    [Fact]
    public void WaitingFor_Parse_UnknownPrefix_FailsWithTheCode() =>
        Assert.Contains("\"evento:x\"", Assert.Throws<FormatException>(() => WaitingFor.Parse("evento:x")).Message, StringComparison.Ordinal);

    [Fact]
    public void WaitingFor_Italian_SaysTheEventTheOutcomeOrTheAct()
    {
        Assert.Equal("l'esito del primo turno: se si tiene il ballottaggio", WaitingFor.Event("ballottaggio-necessario").Italian(Fixtures.Calendars));
        Assert.Equal("Ricevimento della comunicazione delle liste e candidature ammesse", WaitingFor.Event("liste-ammesse").Italian(Fixtures.Calendars));
        Assert.Equal("l'adempimento «Trasmissione delle liste alla Commissione elettorale circondariale»",
            WaitingFor.Rule("comunali.trasmissione-liste-commissione").Italian(Fixtures.Calendars));
        Assert.Equal("un evento non ancora registrato", WaitingFor.Event("evento-sconosciuto").Italian(Fixtures.Calendars));
    }

    [Fact]
    public async Task Act_RoundTrips_HourConsultationWaitingAndAudit_AsStored()
    {
        var tornata = await database.ScalarAsync<long>("INSERT INTO tornata (name, voting_days, created_at) VALUES ('Prova', '{2024-06-08,2024-06-09}', now()) RETURNING id");
        await database.ScalarAsync<int>($"""
            INSERT INTO ente (code, kind, name, region_code, region_name, special_statute, imported_at) VALUES ('ZZ', 'provincia', 'Provincia di prova', '07', 'Liguria', false, now());
            INSERT INTO ente (code, kind, name, province_code, region_code, region_name, special_statute, population, imported_at) VALUES ('999001', 'comune', 'Prova', 'ZZ', '07', 'Liguria', false, 100, now());
            """);
        await database.ScalarAsync<int>(WideActs.Sql($"""
            INSERT INTO wide_act (tornata_id, ente_code, rule_id, consultation, title, actor, owner, kind, legal_basis,
                start_date, start_time, due_date, due_time, due_local, due_at, status, waiting_for, assicurazione_prefetto, festivo, calendar_version)
            VALUES ({tornata}, '999001', 'prova.a', 'ballottaggio', 'A', 'sindaco', 'comune', 'periodo', 'art. 1',
                    '2024-05-10', '08:00', '2024-05-11', '24:00', '2024-05-12 00:00', '2024-05-11 22:00Z', 'in_attesa', 'event:ballottaggio-necessario', false, false, 't');
            """));
        await database.ScalarAsync<int>("""
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status)
            SELECT id, now(), 'prova', 'ente_accorpato', 'da_fare', 'in_attesa' FROM adempimento_vista WHERE rule_id = 'prova.a';
            """);

        await using var db = ScadenzarioDb.Create(database.DataSource);
        var act = await db.Adempimenti.SingleAsync(a => a.RuleId == "prova.a");
        var audit = await db.Audit.SingleAsync(a => a.AdempimentoId == act.Id);
        var stored = await db.Tornate.SingleAsync(t => t.Id == tornata);

        Assert.Equal(ConsultationType.Ballottaggio, act.Consultation);
        Assert.Equal(ClockTime.Of(8, 0), act.StartTime);
        Assert.Equal(ClockTime.EndOfDay, act.DueTime);
        Assert.Equal(WaitingFor.Event("ballottaggio-necessario"), act.WaitingFor);
        Assert.Equal((AuditAction.EnteAccorpato, AdempimentoStatus.DaFare, AdempimentoStatus.InAttesa), (audit.Action, audit.FromStatus!.Value, audit.ToStatus!.Value));
        Assert.Equal(VotingDays.TwoDays(new LocalDate(2024, 6, 8), new LocalDate(2024, 6, 9)), stored.VotingDays);

        // Filters translate with the converters, and what is written is the stored form.
        Assert.Equal(1, await db.Adempimenti.CountAsync(a => a.DueTime == ClockTime.EndOfDay && a.Consultation == ConsultationType.Ballottaggio));
        AuditAction[] actions = [AuditAction.Creato, AuditAction.EnteAccorpato];
        Assert.Equal(1, await db.Audit.CountAsync(a => actions.Contains(a.Action)));
        stored.VotingDays = VotingDays.OneDay(new LocalDate(2024, 6, 9));
        act.WaitingFor = WaitingFor.Rule("liste.esame");
        await db.SaveChangesAsync();
        Assert.Equal("{2024-06-09}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {tornata}"));
        Assert.Equal("rule:liste.esame", await database.ScalarAsync<string>($"SELECT waiting_for FROM adempimento_vista WHERE id = {act.Id}"));
    }
}
