using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Documenti.Verbali;

namespace Scadenzario.Data.Tests.SecondoGrado;

/// <summary>
/// The office of the Città metropolitana di Genova on the real PostgreSQL: the 67 comuni of shared/data with
/// councils estimated from population, from the attestations to the proclamation and the verbale, and the
/// refusals of the procedure. Figures worked out by hand: population per fascia A 56,712, B 33,084, C 68,983,
/// D 97,420, H 561,203 (Genova); percentages after the caps 12.174, 7.101, 14.808, 20.913 and 45.
/// </summary>
public sealed class UfficioElettoraleTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private const string Rapallo = "010046";
    private const string Rondanina = "010051";
    private static readonly LocalDate VotingDay = new(2024, 5, 12);

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = Fixtures.Clock();

    private UfficioElettorale Ufficio => new(database.DataSource, Fixtures.Calendars, clock, new VerbaleRenderer());

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE", "SV");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Apri_GivesEveryComuneTheAttestationTaskOfTheCalendar()
    {
        var aperto = await ApriAsync();

        Assert.Equal(67, aperto.Comuni);
        Assert.Equal(18, aperto.Ufficio.Seggi);
        Assert.Equal(VotingDay.PlusDays(-35), aperto.Ufficio.Riferimento);
        // The electorate is the one in office on the 35th day; the segretari send it between the 34th and the 32nd.
        Assert.Equal(VotingDay.PlusDays(-34), aperto.InizioAttestazioni);
        Assert.Equal(VotingDay.PlusDays(-32), aperto.FineAttestazioni);
        Assert.Equal(67, await database.ScalarAsync<int>(
            "SELECT count(*) FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code WHERE a.rule_id = 'metropolitane.attestazioni-segretari' "
            + "AND a.status = 'da_fare' AND e.kind = 'comune' AND e.province_code = 'GE'"));
        Assert.Equal(134, aperto.AdempimentiCreati);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code WHERE e.province_code = 'SV'"));
        var stato = await Ufficio.GetStatoElettorato.HandleAsync(new(aperto.Ufficio.Id));
        Assert.Equal(0, stato.Attestati);
        Assert.Equal(835, stato.Comuni.Sum(c => c.ElettoriStimati));
    }

    [Fact]
    public async Task Postpone_MovesTheComunesActsToo()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        var rinvio = VotingDay.PlusWeeks(1);

        var result = await new TornataService(database.DataSource, Fixtures.Calendars, clock).PostponeAsync(ufficio.TornataId, [rinvio], "decreto di rinvio", "test");

        Assert.Equal(rinvio.PlusDays(-32).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await database.ScalarAsync<string>(
            $"SELECT due_date::text FROM adempimento_vista WHERE ente_code = '{Rapallo}' AND rule_id = 'metropolitane.attestazioni-segretari'"));
        Assert.Equal(134, await database.ScalarAsync<int>(
            "SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id JOIN ente e ON e.code = a.ente_code WHERE e.kind = 'comune'"));
        Assert.True(result.Moved >= 134);
        Assert.Equal(rinvio.PlusDays(-35), (await Ufficio.FindUfficio.HandleAsync(new(ufficio.TornataId, "GE"))).Riferimento);
    }

    [Fact]
    public async Task Attestazione_CompletesTheComunesTaskWithEvidence()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        clock.Reset(Rome(VotingDay.PlusDays(-34), 10));

        var stato = await Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Rapallo, Amministratori("Rapallo", 29_107, false), false, "Ufficio elettorale CM Genova", "PG 123/2024"));

        Assert.True(stato.Attestato);
        Assert.Equal(17, stato.Elettori);
        Assert.Equal("completato", stato.StatoAdempimento);
        Assert.Equal("PG 123/2024", await database.ScalarAsync<string>(
            $"SELECT protocol_number FROM adempimento_vista WHERE ente_code = '{Rapallo}' AND rule_id = 'metropolitane.attestazioni-segretari'"));
        Assert.Equal(1, await database.ScalarAsync<int>(
            $"SELECT count(*) FROM adempimento_storia au JOIN adempimento_vista a ON a.id = au.adempimento_id WHERE a.ente_code = '{Rapallo}' AND au.action = 'completato'"));
        var mancanti = (await Ufficio.GetStatoElettorato.HandleAsync(new(ufficio.Id))).Mancanti.ToList();
        Assert.Equal(66, mancanti.Count);
        Assert.DoesNotContain(mancanti, c => c.Code == Rapallo);
    }

    [Fact]
    public async Task Attestazione_WhenTheComunesTaskCannotBeCompleted_WritesNothing()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        clock.Reset(Rome(VotingDay.PlusDays(-34), 10));
        // The completion of the comune's task fails after the attestation's rows are written: they must go too.
        await database.ScalarAsync<object>("""
            CREATE FUNCTION test_refuse_completion() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'completion refused by the test'; END $$;
            CREATE TRIGGER test_refuse_completion BEFORE UPDATE ON adempimento FOR EACH ROW EXECUTE FUNCTION test_refuse_completion();
            """);

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Rapallo, Amministratori("Rapallo", 29_107, false), false, "ufficio", "PG 123/2024")));

        Assert.Contains("completion refused by the test", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_attestazione"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_amministratore"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_storia WHERE action = 'completato'"));
    }

    [Fact]
    public async Task Attestazione_ComuneOutsideTheTerritory_IsRefused()
    {
        var ufficio = (await ApriAsync()).Ufficio;

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() =>
            Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, "Savona", Amministratori("Savona", 59_000, true), false, "ufficio")));

        Assert.Contains("non fa parte del territorio della Città metropolitana di Genova", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_attestazione"));
    }

    [Fact]
    public async Task Attestazione_ANameOverTheLimit_IsRefusedNamingTheLimitAndWritesNothing()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        var amministratori = Amministratori("Rondanina", 60, false);
        amministratori[0] = amministratori[0] with { Nome = new string('A', 201) };

        var error = await Assert.ThrowsAnyAsync<DomainException>(() => Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Rondanina, amministratori, false, "ufficio")));

        Assert.Equal("Il nome della persona può avere al più 200 caratteri (ne sono stati inviati 201).", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_attestazione"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_amministratore"));
    }

    [Fact]
    public async Task Lista_ANameWithAControlCharacter_IsRefusedAndWritesNothing()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        var lista = new ListaInput("Lista\u0000civica", [], []);

        var error = await Assert.ThrowsAnyAsync<DomainException>(() => Ufficio.AddLista.HandleAsync(new(ufficio.Id, lista, "ufficio")));

        Assert.StartsWith("Il nome della lista contiene caratteri di controllo non ammessi", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_lista"));
    }

    [Fact]
    public async Task Attestazione_MoreCouncillorsThanTheCouncilHas_IsRefusedAndWritesNothing()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        var troppi = Amministratori("Rondanina", 60, false).Concat([Persona("Consigliere 11 di Rondanina", 11, Cariche.Consigliere)]).ToList();

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Rondanina, troppi, false, "ufficio")));

        Assert.Contains("Il conto non torna", error.Message);
        Assert.Contains("10 consiglieri oltre al sindaco", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_attestazione"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_amministratore"));
        Assert.Equal("da_fare", await database.ScalarAsync<string>(
            $"SELECT status FROM adempimento_vista WHERE ente_code = '{Rondanina}' AND rule_id = 'metropolitane.attestazioni-segretari'"));
    }

    [Fact]
    public async Task Variazione_FromTheVotingDayOn_IsRefusedInItalian()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        clock.Reset(Rome(VotingDay.PlusDays(-34), 10));
        await Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Rapallo, Amministratori("Rapallo", 29_107, false), false, "ufficio"));
        var uscente = (await Ufficio.ListAmministratori.HandleAsync(new(ufficio.Id, Rapallo))).First(a => a.Carica == Cariche.Consigliere);
        clock.Reset(Rome(VotingDay, 8));

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordVariazione.HandleAsync(new(ufficio.Id, new VariazioneInput(Rapallo, VotingDay.PlusDays(-1), TipoVariazione.Cessazione, "dimissioni", uscente.Id), "ufficio")));

        Assert.Contains("fino al giorno precedente la votazione (11 maggio 2024)", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_variazione"));
    }

    [Fact]
    public async Task Variazione_SubentroOnlyAfterTheSeatIsFree_AndTheActsCannotBeEdited()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        clock.Reset(Rome(VotingDay.PlusDays(-34), 10));
        await Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Rapallo, Amministratori("Rapallo", 29_107, false), false, "ufficio"));
        clock.Reset(Rome(VotingDay.PlusDays(-10), 10));
        var nuovo = new AmministratoreInput("Maria Vaccaro", Sesso.F, new LocalDate(1985, 3, 4), Cariche.Consigliere);
        var subentro = new VariazioneInput("Rapallo", VotingDay.PlusDays(-10), TipoVariazione.Subentro, "surroga", Subentrante: nuovo);

        var pieno = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordVariazione.HandleAsync(new(ufficio.Id, subentro, "ufficio")));
        var uscente = (await Ufficio.ListAmministratori.HandleAsync(new(ufficio.Id, Rapallo))).Last();
        await Ufficio.RecordVariazione.HandleAsync(new(ufficio.Id, new VariazioneInput("Rapallo", VotingDay.PlusDays(-11), TipoVariazione.Cessazione, "dimissioni", uscente.Id), "ufficio"));
        await Ufficio.RecordVariazione.HandleAsync(new(ufficio.Id, subentro, "ufficio"));

        Assert.Contains("al completo", pieno.Message);
        var inCarica = await Ufficio.ListAmministratori.HandleAsync(new(ufficio.Id, Rapallo));
        Assert.Equal(17, inCarica.Count);
        Assert.Contains(inCarica, a => a.Nome == "Maria Vaccaro");
        Assert.DoesNotContain(inCarica, a => a.Id == uscente.Id);
        var modifica = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => database.ScalarAsync<int>("UPDATE sg_amministratore SET nome = 'X' RETURNING 1"));
        Assert.Contains("storico", modifica.MessageText);
    }

    [Fact]
    public async Task Pubblica_WithAttestationsMissing_IsRefusedUnlessEstimated()
    {
        var ufficio = (await ApriAsync()).Ufficio;
        clock.Reset(Rome(VotingDay.PlusDays(-33), 10));
        await Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, Genova, Amministratori("Genova", 561_203, true), false, "ufficio"));

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.PublishElettorato.HandleAsync(new(ufficio.Id, "ufficio")));
        var stimato = await Ufficio.PublishElettorato.HandleAsync(new(ufficio.Id, "ufficio", StimaMancanti: true));

        Assert.Contains("Mancano le attestazioni di 66 comuni", error.Message);
        Assert.Equal(835, stimato.Elettori);
        Assert.Equal(66, stimato.ComuniStimati.Count);
    }

    [Fact]
    public async Task Genova_FromAttestationsToProclamationAndVerbale()
    {
        var ufficio = (await ApriAsync()).Ufficio;

        // The segretari's attestations, on the 34th day.
        clock.Reset(Rome(VotingDay.PlusDays(-34), 10));
        foreach (var c in Fixtures.Comuni("GE"))
        {
            await Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, c.IstatCode, Amministratori(c.Name, c.Population, c.Capoluogo), false, "Ufficio elettorale CM Genova"));
        }

        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM adempimento_vista WHERE rule_id = 'metropolitane.attestazioni-segretari' AND status <> 'completato'"));

        // Publication on the 30th day: the counts of shared/data worked out by hand.
        clock.Reset(Rome(VotingDay.PlusDays(-30), 10));
        var pubblicato = await Ufficio.PublishElettorato.HandleAsync(new(ufficio.Id, "Ufficio elettorale CM Genova"));
        Assert.Equal(835, pubblicato.Elettori);
        Assert.Equal(817_402, pubblicato.Popolazione);
        Assert.Equal(42, pubblicato.MinimoFirmeLista);
        Assert.Equal(126, pubblicato.MinimoFirmePresidente);
        Assert.Equal([462, 117, 130, 85, 41], pubblicato.Ponderazione.Fasce.Select(f => f.Elettori));
        Assert.Equal([12.174m, 7.101m, 14.808m, 20.913m, 45m], pubblicato.Ponderazione.Fasce.Select(f => f.PercentualeRettificata));
        Assert.Equal([26, 60, 113, 246, 1097], pubblicato.Ponderazione.Fasce.Select(f => f.Indice));
        var riletto = await Ufficio.GetUltimaPubblicazione.HandleAsync(new(ufficio.Id));
        Assert.Equal([26, 60, 113, 246, 1097], riletto!.Ponderazione.Fasce.Select(f => f.Indice));
        Assert.Equal("Genova", riletto.Ponderazione.ComuneOltre45);

        // A Genova councillor resigns on the 20th day: the index of fascia H changes at the proclamation.
        clock.Reset(Rome(VotingDay.PlusDays(-20), 10));
        var dimissionario = (await Ufficio.ListAmministratori.HandleAsync(new(ufficio.Id, Genova))).Single(a => a.Nome == "Consigliere 40 di Genova");
        await Ufficio.RecordVariazione.HandleAsync(new(ufficio.Id, new VariazioneInput("Genova", VotingDay.PlusDays(-20), TipoVariazione.Cessazione, "dimissioni", dimissionario.Id), "ufficio"));

        // Three lists: 18 Genova councillors; 12 and 10 others, one of them not in office (wrong birth date).
        var genova = Persone("Genova", 561_203, true).Take(19).ToList();
        var altri = Fixtures.Comuni("GE").Where(c => c.IstatCode != Genova)
            .SelectMany(c => Persone(c.Name, c.Population, c.Capoluogo).Select(p => (Comune: c.Name, Persona: p))).ToList();
        ListaInput Lista(string nome, IEnumerable<(string Comune, AmministratoreInput Persona)> candidati, int firmeDa) => new(
            nome,
            candidati.Select(c => new CandidatoInput(c.Persona.Nome, c.Persona.Sesso, c.Persona.DataNascita, c.Comune, c.Persona.Carica)).ToList(),
            altri.Skip(100 + firmeDa).Take(42).Select(f => new SottoscrizioneInput(f.Persona.Nome, f.Persona.DataNascita, f.Comune, VotingDay.PlusDays(-25))).ToList());
        var tre = altri.Skip(12).Take(10).ToList();
        tre[9] = (tre[9].Comune, tre[9].Persona with { DataNascita = new LocalDate(2001, 1, 1) });
        await Ufficio.AddLista.HandleAsync(new(ufficio.Id, Lista("Uno", genova.Where(p => p.Nome != "Consigliere 40 di Genova").Take(18).Select(p => ("010025", p)), 0), "ufficio"));
        await Ufficio.AddLista.HandleAsync(new(ufficio.Id, Lista("Due", altri.Take(12), 50), "ufficio"));
        var registrata = await Ufficio.AddLista.HandleAsync(new(ufficio.Id, Lista("Tre", tre, 100), "ufficio"));
        Assert.Equal(1, registrata.CandidatiNonElettori);

        var ammissione = await Ufficio.ExamineListe.HandleAsync(new(ufficio.Id, "ufficio"));
        Assert.Equal(VotingDay.PlusDays(-20), ammissione.Termine);
        Assert.All(ammissione.Liste, l => Assert.True(l.Ammessa, string.Join("; ", l.MotiviRicusazione)));
        var esitoTre = ammissione.Liste.Single(l => l.Lista == "Tre");
        Assert.Equal(9, esitoTre.CandidatiAmmessi.Count);
        Assert.Contains("non compare nel corpo elettorale", Assert.Single(esitoTre.CandidatureRicusate).Motivo);
        Assert.All(ammissione.Liste, l => Assert.Equal(42, l.SottoscrizioniValide));
        Assert.Equal("true", await database.ScalarAsync<string>("SELECT report->2->>'ammessa' FROM sg_ammissione"));
        Assert.Contains("corpo elettorale", await database.ScalarAsync<string>("SELECT report->2->'candidatureRicusate'->0->>'motivo' FROM sg_ammissione"));

        // The count, on the evening of the vote. Fascia H has 40 electors after the resignation.
        clock.Reset(Rome(VotingDay, 21));
        var sbagliato = Scrutinio(Fascia.A, 462, 400, 10, 5, (100, 185, 99));
        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [sbagliato], "seggio")));
        Assert.Contains("il conto non torna", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_scrutinio"));
        // A file of several fasce is one act: a wrong fascia after a right one records neither.
        var buona = Scrutinio(Fascia.B, 117, 100, 2, 3, (30, 40, 25));
        await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [buona, sbagliato], "seggio")));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_scrutinio"));

        var primo = genova[0].Nome;
        var secondo = genova[1].Nome;
        await Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.A, 462, 400, 10, 5, (100, 185, 100))], "seggio"));
        await Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.B, 117, 100, 2, 3, (30, 40, 25))], "seggio"));
        await Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.C, 130, 120, 0, 0, (40, 50, 30))], "seggio"));
        await Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.D, 85, 80, 1, 1, (30, 28, 20))], "seggio"));
        var ultimo = Assert.Single(await Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.H, 40, 38, 0, 0, (25, 8, 5), ("Uno", primo, 10), ("Uno", secondo, 10))], "seggio")));
        Assert.Empty(ultimo.FasceMancanti);

        var proclamato = await Ufficio.ProclaimEletti.HandleAsync(new(ufficio.Id, "Ufficio elettorale CM Genova"));
        var r = proclamato.Risultato;

        // Index at the proclamation: H = 45,000 / 40 = 1,125 (it was 1,097 with 41 electors).
        Assert.Equal([26, 60, 113, 246, 1125], r.Ponderazione.Fasce.Select(f => f.Indice));
        // Uno: 100×26 + 30×60 + 40×113 + 30×246 + 25×1125 = 44,425; Due 28,748; Tre 18,035.
        Assert.Equal([44_425L, 28_748L, 18_035L], r.Liste.Select(l => l.CifraElettoralePonderata));
        // d'Hondt over 18 seats, checked by hand: the 18th quotient is Due's 28,748 / 6 = 4,791.333; the
        // first left out is Tre's 18,035 / 4 = 4,508.75.
        Assert.Equal([9, 6, 3], r.Liste.Select(l => l.Seggi));
        Assert.Equal(("Due", 6), (r.Riparto.Assegnazioni[17].Lista, r.Riparto.Assegnazioni[17].Divisore));
        Assert.Equal(18, r.Eletti.Count());
        // The sindaco (born 1950) and Consigliere 1 (born 1957) tie on 10 × 1,125: with nobody ranked yet the
        // sexes are balanced, so the younger goes first (Allegato E, regola b).
        var testa = r.Candidati.Where(c => c.Lista == "Uno").Take(2).ToList();
        Assert.Equal([secondo, primo], testa.Select(c => c.Candidato.Nome));
        Assert.All(testa, c => Assert.Equal(11_250, c.CifraIndividualePonderata));
        Assert.Equal(Elezioni.Scrutinio.CriterioPosizione.PiuGiovane, testa[0].Criterio);

        var testo = await Ufficio.GetVerbale.HandleAsync(new(ufficio.Id, FormatoVerbale.Testo));
        var html = await Ufficio.GetVerbale.HandleAsync(new(ufficio.Id, FormatoVerbale.Html));
        Assert.Equal(proclamato.VerbaleTesto, testo);
        // Byte for byte the verbale the office issued before it became use cases (Expected/README.md).
        Assert.Equal(Expected("verbale-genova.txt"), testo);
        Assert.Equal(Expected("verbale-genova.html"), html);
        foreach (var figura in new[] { "1.125", "1.097", "44.425", "28.748", "18.035", "4.791,333 (18)", "4.508,750", "45,000%", "20,913%", "88,489%" })
        {
            Assert.Contains(figura, testo);
            Assert.Contains(figura, html);
        }

        Assert.DoesNotContain("Consigliere 40 di Genova", testo);

        Assert.Contains("@media print", html);
        Assert.Contains("<html lang=\"it\">", html);
        Assert.Contains("parità: ", testo);

        // After the proclamation the procedure is closed.
        var chiusa = await Assert.ThrowsAsync<ConflictException>(() => Ufficio.RecordScrutinio.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.A, 462, 400, 10, 5, (100, 185, 100))], "seggio")));
        Assert.Contains("già stati proclamati", chiusa.Message);

        var osservatorio = await Ufficio.GetOsservatorio.HandleAsync(new());
        var riga = Assert.Single(osservatorio.Province);
        Assert.Equal(("GE", 18, 834, 1, 3, 39), (riga.Ente, riga.ConsiglieriDaEleggere, riga.AventiDiritto, riga.SeggiElettorali, riga.Liste, riga.Candidati));
        Assert.Equal(738, riga.Votanti);
        Assert.Equal(88.49m, riga.Affluenza);
        Assert.Equal(18, riga.Eletti.Count);
        var csv = OsservatorioExport.Csv(osservatorio).Split('\n');
        Assert.Equal("ambito,ente,denominazione,consultazione,consiglieri_da_eleggere,aventi_diritto,seggi_elettorali,liste,candidati,votanti,affluenza,eletti,candidati_presidente,presidente_eletto", csv[0]);
        Assert.StartsWith("citta_metropolitana,GE,Città metropolitana di Genova,metropolitane,18,834,1,3,39,738,88.49,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("nazionale,,Totale nazionale,metropolitane,18,834,1,3,39,738,88.49,", csv[2], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(OsservatorioExport.Json(osservatorio));
        Assert.Equal(834, json.RootElement.GetProperty("nazionale").GetProperty("aventiDiritto").GetInt32());
    }

    [Fact]
    public async Task Osservatorio_BeforeTheVote_CountsEstimatedElectorsAndDeclaredLists()
    {
        await ApriAsync();

        var riga = Assert.Single((await Ufficio.GetOsservatorio.HandleAsync(new())).Province);

        Assert.Equal((18, 835, 0, 0), (riga.ConsiglieriDaEleggere, riga.AventiDiritto, riga.Liste, riga.Candidati));
        Assert.Null(riga.Votanti);
        Assert.Null(riga.Affluenza);
    }

    private async Task<UfficioAperto> ApriAsync()
    {
        var tornate = new TornataService(database.DataSource, Fixtures.Calendars, clock);
        var tornata = await tornate.CreateAsync("Consiglio metropolitano 2024", [VotingDay]);
        await tornate.AddConsultationAsync(tornata, "metropolitane", EntiSelection.Parse("province:GE"), "test");
        return await Ufficio.OpenUfficio.HandleAsync(new(tornata, "GE", "Ufficio elettorale CM Genova"));
    }

    private static string Expected(string name) =>
        File.ReadAllText(Path.Combine(PostgresServer.RepositoryRoot, "tests", "Scadenzario.Data.Tests", "SecondoGrado", "Expected", name));

    private static Instant Rome(LocalDate day, int hour) => RomeTime.ToInstant(day.At(new LocalTime(hour, 0)));

    /// <summary>The sindaco and a full council, as the law sizes it from population; names say who they are.</summary>
    private static IEnumerable<AmministratoreInput> Persone(string comune, int popolazione, bool capoluogo) =>
        Enumerable.Range(0, ComposizioneConsigli.ElettoriStimati(popolazione, capoluogo))
            .Select(k => k == 0 ? Persona($"Sindaco di {comune}", 0, Cariche.Sindaco) : Persona($"Consigliere {k} di {comune}", k, Cariche.Consigliere));

    private static List<AmministratoreInput> Amministratori(string comune, int popolazione, bool capoluogo) => Persone(comune, popolazione, capoluogo).ToList();

    private static AmministratoreInput Persona(string nome, int k, string carica) =>
        new(nome, k % 2 == 0 ? Sesso.M : Sesso.F, new LocalDate(1950 + (k * 7 % 40), 1 + (k % 12), 1 + (k % 28)), carica);

    private static ScrutinioInput Scrutinio(Fascia fascia, int elettori, int votanti, int bianche, int nulle, (int Uno, int Due, int Tre) voti, params (string Lista, string Candidato, int Voti)[] preferenze) =>
        new(fascia, elettori, votanti, bianche, nulle,
            new Dictionary<string, int> { ["Uno"] = voti.Uno, ["Due"] = voti.Due, ["Tre"] = voti.Tre },
            preferenze.GroupBy(p => p.Lista).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(p => p.Candidato, p => p.Voti)));
}
