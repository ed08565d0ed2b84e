using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Documenti.Verbali;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// The segretari's acts of a second-level vote live on the comuni of the office's territory, and the
/// synchronizer writes them like every act of the tornata. The vote is the Provincia di Benevento's
/// council of Saturday 28 February 2026 (78 comuni), whose office asked the segretari for the
/// attestations "nei giorni dal 25 gennaio al 27 gennaio 2026", the administrators being those in
/// office on 24 January, the 35th day ("Rinnovo consiglio provinciale: richieste attestazioni
/// elettorali", ottopagine.it, January 2026, https://www.ottopagine.it/bn/politica/414324/rinnovo-consiglio-provinciale-richieste-attestazioni-elettorali.shtml).
/// </summary>
public sealed class SecondLevelComuniActsTests : IAsyncLifetime
{
    private const string Benevento = "062008";
    private const string Montesarchio = "062043";
    private const string Office = "Ufficio elettorale Provincia di Benevento";
    private static readonly LocalDate VotingDay = new(2026, 2, 28);

    /// <summary>A Wednesday, as second-level votes often are.</summary>
    private static readonly LocalDate Rinvio = new(2026, 3, 11);

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2025, 12, 1, 11, 0));

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "BN");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Apri_CreatesEachComunesOwnActsOnTheDaysTheOfficePublished()
    {
        var tornata = await CreateTornataAsync(Fixtures.Calendars);

        var aperto = await Ufficio(Fixtures.Calendars).OpenUfficio.HandleAsync(new(tornata, "BN", Office));

        Assert.Equal((78, 156), (aperto.Comuni, aperto.AdempimentiCreati));
        Assert.Equal((new LocalDate(2026, 1, 25), new LocalDate(2026, 1, 27)), (aperto.InizioAttestazioni, aperto.FineAttestazioni));
        // Only the segretario's acts (the comune's own office), none of the provincial office's or of the candidates'.
        Assert.Equal(
            "provinciali.attestazioni-segretari 2026-01-25 2026-01-27 da_fare comune × 78 | provinciali.variazioni-corpo-elettorale 2026-01-24 2026-02-27 da_fare comune × 78",
            await ComuniActsAsync());
        // Column by column the act the province holds for the same rule as a participant: the comuni's are no second kind of row.
        Assert.Equal(0, await database.ScalarAsync<int>($"""
            SELECT count(*) FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code AND e.kind = 'comune'
            WHERE NOT EXISTS (
                SELECT 1 FROM adempimento_vista p WHERE p.tornata_id = a.tornata_id AND p.ente_code = 'BN' AND p.rule_id = a.rule_id
                  AND (p.consultation, p.title, p.actor, p.kind, p.legal_basis, p.start_date, p.start_time, p.due_date, p.due_time, p.due_local,
                       p.due_at, p.offset_days, p.status, p.waiting_for, p.assicurazione_prefetto, p.festivo, p.calendar_version, p.owner)
                      IS NOT DISTINCT FROM
                      (a.consultation, a.title, a.actor, a.kind, a.legal_basis, a.start_date, a.start_time, a.due_date, a.due_time, a.due_local,
                       a.due_at, a.offset_days, a.status, a.waiting_for, a.assicurazione_prefetto, a.festivo, a.calendar_version, a.owner))
            """));
        Assert.Equal($"creato {Office} apertura ufficio elettorale di secondo grado da_fare {Fixtures.Calendars.Version} × 156", await database.ScalarAsync<string>("""
            SELECT string_agg(x || ' × ' || n, ' | ' ORDER BY x) FROM (
                SELECT au.action || ' ' || au.actor || ' ' || (au.details->>'reason') || ' ' || au.to_status || ' ' || a.calendar_version AS x, count(*) AS n
                FROM adempimento_storia au JOIN adempimento_vista a ON a.id = au.adempimento_id JOIN ente e ON e.code = a.ente_code AND e.kind = 'comune'
                GROUP BY 1) s
            """));
    }

    [Fact]
    public async Task Apri_DerivesEachComunesActsFromItsOwnPopulation()
    {
        // A rule of the segretari only of the comuni above 12,000 inhabitants: in the Sannio, Benevento
        // (56,916) and Montesarchio (13,001). Derived from the province's population, every comune would get it.
        using var edited = new EditedCalendars("provinciali.yaml", text => text.TrimEnd() + """


              - id: provinciali.prova-segretari-comuni-maggiori
                title: Atto di prova dei segretari dei comuni con più di 12.000 abitanti
                actor: segretario
                kind: scadenza
                due: { day: -30 }
                when: { population-above: 12000 }
                basis: "norma di prova"

            """);
        var tornata = await CreateTornataAsync(edited.Calendars);

        var aperto = await Ufficio(edited.Calendars).OpenUfficio.HandleAsync(new(tornata, "BN", Office));

        Assert.Equal(158, aperto.AdempimentiCreati);
        Assert.Equal($"{Benevento} {Montesarchio}", await database.ScalarAsync<string>(
            "SELECT string_agg(ente_code, ' ' ORDER BY ente_code) FROM adempimento_vista WHERE rule_id = 'provinciali.prova-segretari-comuni-maggiori' AND ente_code <> 'BN'"));
    }

    [Fact]
    public async Task Postpone_MovesTheComunesActsWithTheSameMovesAndAuditAsTheProvincesOwn()
    {
        var tornata = await CreateTornataAsync(Fixtures.Calendars);
        await Ufficio(Fixtures.Calendars).OpenUfficio.HandleAsync(new(tornata, "BN", Office));
        clock.Advance(Duration.FromDays(1));

        await Tornate(Fixtures.Calendars).PostponeAsync(tornata, [Rinvio], "decreto presidenziale di rinvio", "Presidente della Provincia");

        // The 34th-32nd and the 35th-1st days before Wednesday 11 March 2026.
        Assert.Equal(
            "provinciali.attestazioni-segretari 2026-02-05 2026-02-07 da_fare comune × 78 | provinciali.variazioni-corpo-elettorale 2026-02-04 2026-03-10 da_fare comune × 78",
            await ComuniActsAsync());
        // The end of the 32nd day ("ore 24") is stored as midnight of the next.
        Assert.Equal("2026-01-28 00:00:00 2026-02-08 00:00:00 rinvio: decreto presidenziale di rinvio", await database.ScalarAsync<string>($"""
            SELECT m.from_due_local || ' ' || m.to_due_local || ' ' || m.reason
            FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id
            WHERE a.ente_code = '{Montesarchio}' AND a.rule_id = 'provinciali.attestazioni-segretari'
            """));
        // Each comune's act has one move and one audit entry since its creation, the very ones of the province's act of the same rule.
        Assert.Equal(156, await database.ScalarAsync<int>("""
            WITH history AS (
                SELECT a.id, a.ente_code, a.rule_id,
                       (SELECT array_agg(row(m.moved_at, m.from_due_local, m.to_due_local, m.reason)::text ORDER BY m.id) FROM adempimento_move m WHERE m.adempimento_id = a.id) AS moves,
                       (SELECT array_agg(row(au.at, au.actor, au.action, au.from_status, au.to_status, au.details)::text ORDER BY au.id)
                        FROM adempimento_storia au WHERE au.adempimento_id = a.id AND au.action <> 'creato') AS audit
                FROM adempimento_vista a
            )
            SELECT count(*) FROM history c JOIN ente e ON e.code = c.ente_code AND e.kind = 'comune'
            JOIN history p ON p.ente_code = 'BN' AND p.rule_id = c.rule_id
            WHERE cardinality(c.moves) = 1 AND cardinality(c.audit) = 1 AND c.moves = p.moves AND c.audit = p.audit
            """));
        Assert.Equal("spostato da_fare da_fare", await database.ScalarAsync<string>($"""
            SELECT au.action || ' ' || au.from_status || ' ' || au.to_status FROM adempimento_storia au JOIN adempimento_vista a ON a.id = au.adempimento_id
            WHERE a.ente_code = '{Benevento}' AND a.rule_id = 'provinciali.attestazioni-segretari' AND au.action <> 'creato'
            """));
        Assert.Equal(Rinvio.PlusDays(-35), (await Ufficio(Fixtures.Calendars).FindUfficio.HandleAsync(new(tornata, "BN"))).Riferimento);
    }

    [Fact]
    public async Task Postpone_KeepsAComunesCompletedAttestation()
    {
        var tornata = await CreateTornataAsync(Fixtures.Calendars);
        var ufficio = (await Ufficio(Fixtures.Calendars).OpenUfficio.HandleAsync(new(tornata, "BN", Office))).Ufficio;
        clock.Reset(RomeTime.ToInstant(new LocalDateTime(2026, 1, 25, 10, 0)));
        var sindaco = new AmministratoreInput("Sindaco di Montesarchio", Sesso.M, new LocalDate(1970, 1, 1), Cariche.Sindaco);
        var consiglieri = Enumerable.Range(1, ComposizioneConsigli.ElettoriStimati(13_001, false) - 1).Select(k => new AmministratoreInput($"Consigliere {k} di Montesarchio", Sesso.F, new LocalDate(1980, 1, k), Cariche.Consigliere));
        await Ufficio(Fixtures.Calendars).RecordAttestazione.HandleAsync(new(ufficio.Id, Montesarchio, [sindaco, .. consiglieri], false, Office, "PG 77/2026"));

        await Tornate(Fixtures.Calendars).PostponeAsync(tornata, [Rinvio], "decreto presidenziale di rinvio", "Presidente della Provincia");

        Assert.Equal("completato 2026-02-07 PG 77/2026", await database.ScalarAsync<string>($"""
            SELECT status || ' ' || due_date || ' ' || protocol_number FROM adempimento_vista
            WHERE ente_code = '{Montesarchio}' AND rule_id = 'provinciali.attestazioni-segretari'
            """));
    }

    [Fact]
    public async Task Resynchronize_AfterOpeningAndPostponing_ChangesNothing()
    {
        var tornata = await CreateTornataAsync(Fixtures.Calendars);
        await Ufficio(Fixtures.Calendars).OpenUfficio.HandleAsync(new(tornata, "BN", Office));
        await Tornate(Fixtures.Calendars).PostponeAsync(tornata, [Rinvio], "decreto presidenziale di rinvio", "Presidente della Provincia");
        const string Counts = "SELECT (SELECT count(*) FROM adempimento_vista) || ' ' || (SELECT count(*) FROM adempimento_move) || ' ' || (SELECT count(*) FROM adempimento_storia)";
        var before = await database.ScalarAsync<string>(Counts);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var all = await AdempimentiSynchronizer.SynchronizeAsync(connection, Fixtures.Calendars, tornata, null, "test", "di nuovo", clock.GetCurrentInstant(), default);
        var comuni = await AdempimentiSynchronizer.SynchronizeAsync(connection, Fixtures.Calendars, tornata, [Benevento, Montesarchio], "test", "di nuovo", clock.GetCurrentInstant(), default);
        await transaction.CommitAsync();

        Assert.Equal(new SyncResult(79, 0, 0, 0, 0), all);
        Assert.Equal(new SyncResult(2, 0, 0, 0, 0), comuni);
        Assert.Equal(before, await database.ScalarAsync<string>(Counts));
    }

    [Fact]
    public async Task EsaminaListe_TakesTheFilingDeadlineStoredForTheProvince()
    {
        // A newer program whose rules end the filing a day later, before `tornata sync` aligns the
        // tornata: the office must use the term the province's own task shows (12:00 of the 20th day,
        // 8 February 2026), not derive one of its own.
        var tornata = await CreateTornataAsync(Fixtures.Calendars);
        var ufficio = (await Ufficio(Fixtures.Calendars).OpenUfficio.HandleAsync(new(tornata, "BN", Office))).Ufficio;
        using var newer = new EditedCalendars("provinciali.yaml", text => text.Replace(
            """
                start: { day: -21, time: "08:00" }
                end: { day: -20, time: "12:00" }
                basis: "art. 1, commi 69-71 e 73, L. 56/2014; circ. Min. Interno 32/2014"
            """,
            """
                start: { day: -21, time: "08:00" }
                end: { day: -19, time: "12:00" }
                basis: "art. 1, commi 69-71 e 73, L. 56/2014; circ. Min. Interno 32/2014"
            """,
            StringComparison.Ordinal));
        clock.Reset(RomeTime.ToInstant(new LocalDateTime(2026, 2, 8, 11, 0)));
        var program = Ufficio(newer.Calendars);
        var candidato = new CandidatoInput("Consigliere 1 di Benevento", Sesso.F, new LocalDate(1980, 1, 1), "Benevento", Cariche.Consigliere);
        await program.AddLista.HandleAsync(new(ufficio.Id, new ListaInput("Sannio", [candidato], []), Office));

        var ammissione = await program.ExamineListe.HandleAsync(new(ufficio.Id, Office));

        Assert.Equal(new LocalDate(2026, 2, 8), ammissione.Termine);
    }

    private async Task<long> CreateTornataAsync(CalendarSet calendars)
    {
        var tornate = Tornate(calendars);
        var tornata = await tornate.CreateAsync("Consiglio provinciale di Benevento 2026", [VotingDay], TornataParameters.None, VotingLevel.SecondLevel);
        await tornate.AddConsultationAsync(tornata, "provinciali", EntiSelection.Parse("province:BN"), "test");
        return tornata;
    }

    /// <summary>The comuni's acts, grouped by what the office and the segretari read of them.</summary>
    private Task<string?> ComuniActsAsync() => database.ScalarAsync<string>("""
        SELECT string_agg(x || ' × ' || n, ' | ' ORDER BY x) FROM (
            SELECT a.rule_id || ' ' || a.start_date || ' ' || a.due_date || ' ' || a.status || ' ' || a.owner AS x, count(*) AS n
            FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code AND e.kind = 'comune'
            GROUP BY 1) s
        """);

    private TornataService Tornate(CalendarSet calendars) => new(database.DataSource, calendars, clock);

    private UfficioElettorale Ufficio(CalendarSet calendars) => new(database.DataSource, calendars, clock, new VerbaleRenderer());
}
