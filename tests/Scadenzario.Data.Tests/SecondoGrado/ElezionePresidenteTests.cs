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
/// The presidente della Provincia di Prato on the real PostgreSQL: the 7 comuni of shared/data with councils
/// estimated from population (119 electors: B 13, C 39, D 34, F 33; 15% is 18 signatures), from the
/// candidacies to the proclamation and the verbale. Indices worked out by hand: Prato is above 45%, so F has
/// 45% (45,000 / 33 = 1,363, and 1,406 with 32 electors); B 207, C 582, D 870.
/// </summary>
public sealed class ElezionePresidenteTests : IAsyncLifetime
{
    private static readonly LocalDate VotingDay = new(2024, 12, 15);

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = Fixtures.Clock();

    private UfficioElettorale Ufficio => new(database.DataSource, Fixtures.Calendars, clock, new VerbaleRenderer());

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "PO", "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Prato_FromCandidacyToProclamation_WithHandCheckedWeightedTotals()
    {
        var ufficio = await PreparaAsync();
        var pool = Consiglieri();

        // A Prato councillor resigns on the 20th day: fascia F has 32 electors at the vote.
        clock.Reset(Rome(VotingDay.PlusDays(-20), 9));
        var dimissionario = (await Ufficio.ListAmministratori.HandleAsync(new(ufficio.Id, "Prato"))).Single(a => a.Nome == "Consigliere 32 di Prato");
        await Ufficio.RecordVariazione.HandleAsync(new(ufficio.Id, new VariazioneInput("Prato", VotingDay.PlusDays(-20), TipoVariazione.Cessazione, "dimissioni", dimissionario.Id), "ufficio"));

        // Three candidacies; Carmignano's sindaco has 18 months less a day of mandate left.
        clock.Reset(Rome(VotingDay.PlusDays(-21), 10));
        var prato = await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, Candidatura("Prato", new LocalDate(2029, 6, 30), pool.Take(20), VotingDay.PlusDays(-25)), "ufficio"));
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, Candidatura("Vernio", new LocalDate(2028, 5, 31), pool.Skip(20).Take(18), VotingDay.PlusDays(-25)), "ufficio"));
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, Candidatura("Carmignano", VotingDay.PlusMonths(18).PlusDays(-1), pool.Skip(38).Take(18), VotingDay.PlusDays(-25)), "ufficio"));
        Assert.True(prato.SindacoInCarica);
        Assert.Equal((20, 0), (prato.Sottoscrizioni, prato.SottoscrittoriNonElettori));

        clock.Reset(Rome(VotingDay.PlusDays(-18), 10));
        var ammissione = await Ufficio.ExamineCandidaturePresidente.HandleAsync(new(ufficio.Id, "ufficio"));
        Assert.Equal((119, 18), (ammissione.AventiDiritto, ammissione.MinimoSottoscrizioni));
        Assert.Equal(VotingDay.PlusDays(-20), ammissione.Termine);
        Assert.Equal([true, true, false], ammissione.Candidature.Select(c => c.Ammessa));
        Assert.Equal([20, 18, 18], ammissione.Candidature.Select(c => c.SottoscrizioniValide));
        var carmignano = Assert.Single(ammissione.Candidature[2].MotiviRicusazione);
        Assert.Contains("ineleggibile: il mandato di sindaco scade il 14/06/2026, prima di 18 mesi dalla votazione", carmignano);
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT count(*) FROM sg_ammissione_candidatura_presidente WHERE NOT ammessa AND motivi[1] LIKE 'ineleggibile%'"));

        var prima = Assert.Single((await Ufficio.GetOsservatorio.HandleAsync(new())).Province);
        Assert.Equal(["Sindaco di Prato (Prato)", "Sindaco di Vernio (Vernio)"], prima.CandidatiPresidente);
        Assert.Null(prima.PresidenteEletto);

        // The count on the evening of the vote; a tabellina that does not add up writes nothing.
        clock.Reset(Rome(VotingDay, 21));
        var sbagliato = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.C, 39, 36, 2, 1, 14, 20)], "seggio")));
        Assert.Contains("il conto non torna", sbagliato.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_scrutinio_presidente"));
        var elettoriSbagliati = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.F, 33, 31, 0, 0, 20, 11)], "seggio")));
        Assert.Contains("il corpo elettorale 32", elettoriSbagliati.Message);
        var ricusato = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [new ScrutinioInput(Fascia.B, 13, 1, 0, 0, new Dictionary<string, int> { ["Sindaco di Carmignano"] = 1 }, new Dictionary<string, IReadOnlyDictionary<string, int>>())], "seggio")));
        Assert.Contains("non è tra i candidati a presidente ammessi", ricusato.Message);

        await Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.B, 13, 12, 1, 0, 5, 6)], "seggio"));
        await Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.C, 39, 36, 1, 1, 14, 20)], "seggio"));
        await Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.D, 34, 33, 0, 1, 20, 12)], "seggio"));
        var incompleta = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.ProclaimPresidente.HandleAsync(new(ufficio.Id, "ufficio")));
        Assert.Contains("Manca lo scrutinio per il presidente delle fasce F", incompleta.Message);
        var ultimo = await Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.F, 32, 31, 0, 0, 20, 11)], "seggio"));
        Assert.Empty(ultimo.FasceMancanti);

        var proclamato = await Ufficio.ProclaimPresidente.HandleAsync(new(ufficio.Id, "Ufficio elettorale Provincia di Prato"));
        var r = proclamato.Risultato;

        Assert.Equal([207, 582, 870, 1406], proclamato.Ponderazione.Fasce.Select(f => f.Indice));
        // Prato: 5×207 + 14×582 + 20×870 + 20×1,406 = 1,035 + 8,148 + 17,400 + 28,120 = 54,703.
        // Vernio: 6×207 + 20×582 + 12×870 + 11×1,406 = 1,242 + 11,640 + 10,440 + 15,466 = 38,788.
        Assert.Equal([54_703L, 38_788L], r.Candidati.Select(c => c.CifraPonderata));
        Assert.Equal("Sindaco di Prato", r.Eletto.Candidato.Nome);
        Assert.Equal("maggiore cifra ponderata", r.Criterio);
        Assert.Equal(4, await database.ScalarAsync<int>("SELECT count(*) FROM sg_risultato_presidente WHERE cifra_ponderata = voti * indice AND candidatura_id = " + prato.Id));
        Assert.Equal(54_703, await database.ScalarAsync<long>("SELECT sum(cifra_ponderata) FROM sg_risultato_presidente WHERE candidatura_id = " + prato.Id));
        Assert.Equal("maggiore cifra ponderata", await database.ScalarAsync<string>("SELECT criterio FROM sg_proclamazione_presidente"));

        var testo = await Ufficio.GetVerbalePresidente.HandleAsync(new(ufficio.Id, FormatoVerbale.Testo));
        var html = await Ufficio.GetVerbalePresidente.HandleAsync(new(ufficio.Id, FormatoVerbale.Html));
        Assert.Equal(proclamato.VerbaleTesto, testo);
        // Byte for byte the verbale the office issued before it became use cases (Expected/README.md).
        Assert.Equal(Expected("verbale-presidente-prato.txt"), testo);
        Assert.Equal(Expected("verbale-presidente-prato.html"), html);
        foreach (var figura in new[]
        {
            "1.363", "1.406", "20 × 1.406 = 28.120", "11 × 1.406 = 15.466", "54.703", "38.788", "45,000%", "96,875%", "30 giugno 2029",
            "Sottoscrizioni minime per una candidatura a presidente: 18", "maggiore cifra ponderata", "proclama eletto Presidente della Provincia di Prato Sindaco di Prato",
        })
        {
            Assert.Contains(figura, testo);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(figura), html);
        }

        Assert.DoesNotContain("Sindaco di Carmignano", testo);
        Assert.Contains("<html lang=\"it\">", html);

        var chiuso = await Assert.ThrowsAsync<ConflictException>(() => Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [Scrutinio(Fascia.B, 13, 12, 1, 0, 5, 6)], "seggio")));
        Assert.Contains("Il presidente è già stato proclamato", chiuso.Message);

        var osservatorio = await Ufficio.GetOsservatorio.HandleAsync(new());
        var riga = Assert.Single(osservatorio.Province);
        Assert.Equal("Sindaco di Prato (Prato)", riga.PresidenteEletto);
        Assert.Equal((118, 112, 94.92m), (riga.AventiDiritto, riga.Votanti!.Value, riga.Affluenza!.Value));
        var csv = OsservatorioExport.Csv(osservatorio).Split('\n');
        Assert.EndsWith(",Sindaco di Prato (Prato); Sindaco di Vernio (Vernio),Sindaco di Prato (Prato)", csv[1].TrimEnd('\r'), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(OsservatorioExport.Json(osservatorio));
        Assert.Equal("Sindaco di Prato (Prato) — PO", json.RootElement.GetProperty("nazionale").GetProperty("presidenteEletto").GetString());
    }

    [Fact]
    public async Task Ammissione_SignatureRulesOfTheLists_AndFewerThan15Percent_IsRefusedWithTheReasons()
    {
        var ufficio = await PreparaAsync();
        var pool = Consiglieri();
        var giorno = VotingDay.PlusDays(-25);
        var termine = VotingDay.PlusDays(-20);
        var entrambi = pool[40];
        var primaAltrove = pool[41];
        var vaiano = pool.Take(17).Select(p => Firma(p, giorno)).Concat(
        [
            Firma(("Poggio a Caiano", Sindaco("Poggio a Caiano")), giorno),                         // a candidate's own signature
            new SottoscrizioneInput("Persona Estranea", new LocalDate(1970, 1, 1), "Vaiano", giorno), // not an elector
            Firma(pool[17], termine.PlusDays(-181)),                                                  // older than 180 days
            Firma(primaAltrove, giorno),                                                              // signed Poggio's earlier
            Firma(entrambi, giorno.PlusDays(-1)),                                                     // signed both the same day
        ]).ToList();
        var poggio = pool.Skip(20).Take(17).Select(p => Firma(p, giorno)).Append(Firma(primaAltrove, giorno.PlusDays(-2))).Append(Firma(entrambi, giorno.PlusDays(-1))).ToList();
        clock.Reset(Rome(VotingDay.PlusDays(-21), 10));
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, new CandidaturaPresidenteInput("Sindaco di Vaiano", Sesso.M, Nascita("Vaiano"), "Vaiano", new LocalDate(2029, 1, 1), vaiano), "ufficio"));
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, new CandidaturaPresidenteInput("Sindaco di Poggio a Caiano", Sesso.M, Nascita("Poggio a Caiano"), "Poggio a Caiano", new LocalDate(2029, 1, 1), poggio), "ufficio"));
        // A consigliere is no sindaco, whatever the candidacy says.
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, new CandidaturaPresidenteInput(pool[60].Persona.Nome, pool[60].Persona.Sesso, pool[60].Persona.DataNascita, pool[60].Comune, new LocalDate(2029, 1, 1), []), "ufficio"));

        var r = await Ufficio.ExamineCandidaturePresidente.HandleAsync(new(ufficio.Id, "ufficio"));

        var (v, p, c) = (r.Candidature[0], r.Candidature[1], r.Candidature[2]);
        Assert.Equal((false, 17), (v.Ammessa, v.SottoscrizioniValide));
        Assert.Equal(["sottoscrizioni valide 17, meno del minimo di 18 (15% degli aventi diritto, arrotondato per eccesso)"], v.MotiviRicusazione);
        Assert.Equal(5, v.SottoscrizioniNulle.Count);
        Assert.Contains(v.SottoscrizioniNulle, n => n.Motivo.Contains("è candidato", StringComparison.Ordinal));
        Assert.Contains(v.SottoscrizioniNulle, n => n.Motivo.Contains("non compare nel corpo elettorale", StringComparison.Ordinal));
        Assert.Contains(v.SottoscrizioniNulle, n => n.Motivo.Contains("180° giorno", StringComparison.Ordinal));
        Assert.Contains(v.SottoscrizioniNulle, n => n.Motivo == "il sottoscrittore ha firmato un'altra candidatura a presidente con autenticazione anteriore: vale solo quella");
        Assert.Contains(v.SottoscrizioniNulle, n => n.Motivo.Contains("più candidature a presidente con autenticazione dello stesso giorno", StringComparison.Ordinal));
        Assert.Equal((true, 18), (p.Ammessa, p.SottoscrizioniValide));
        Assert.Single(p.SottoscrizioniNulle);
        Assert.False(c.Ammessa);
        Assert.Contains(c.MotiviRicusazione, m => m.StartsWith("il candidato non è sindaco in carica", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Candidatura_InACittaMetropolitana_IsRefusedAndWritesNothing()
    {
        var tornate = new TornataService(database.DataSource, Fixtures.Calendars, clock);
        var tornata = await tornate.CreateAsync("Consiglio metropolitano 2024", [VotingDay]);
        await tornate.AddConsultationAsync(tornata, "metropolitane", EntiSelection.Parse("province:GE"), "test");
        var ufficio = (await Ufficio.OpenUfficio.HandleAsync(new(tornata, "GE", "Ufficio elettorale CM Genova"))).Ufficio;

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id,
            new CandidaturaPresidenteInput("Marco Bucci", Sesso.M, new LocalDate(1959, 10, 31), "Genova", new LocalDate(2027, 6, 30), []), "ufficio")));

        Assert.Contains("La Città metropolitana di Genova non elegge un presidente", error.Message);
        Assert.Contains("comma 19", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_candidatura_presidente"));
    }

    [Fact]
    public async Task Proclama_EqualWeightedTotals_ElectsTheYoungest()
    {
        var ufficio = await PreparaAsync();
        var pool = Consiglieri();
        clock.Reset(Rome(VotingDay.PlusDays(-21), 10));
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, Candidatura("Prato", new LocalDate(2029, 6, 30), pool.Take(18), VotingDay.PlusDays(-25)), "ufficio"));
        await Ufficio.AddCandidaturaPresidente.HandleAsync(new(ufficio.Id, Candidatura("Vernio", new LocalDate(2028, 5, 31), pool.Skip(18).Take(18), VotingDay.PlusDays(-25)), "ufficio"));
        clock.Reset(Rome(VotingDay.PlusDays(-18), 10));
        Assert.All((await Ufficio.ExamineCandidaturePresidente.HandleAsync(new(ufficio.Id, "ufficio"))).Candidature, c => Assert.True(c.Ammessa, string.Join("; ", c.MotiviRicusazione)));
        clock.Reset(Rome(VotingDay, 21));
        ScrutinioInput[] fasce =
        [
            Scrutinio(Fascia.B, 13, 12, 0, 0, 6, 6), Scrutinio(Fascia.C, 39, 36, 1, 1, 17, 17),
            Scrutinio(Fascia.D, 34, 33, 0, 1, 16, 16), Scrutinio(Fascia.F, 33, 31, 1, 0, 15, 15),
        ];
        // The fasce of one file are one act: a wrong one (votes above voters in F) keeps the others out too.
        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, [.. fasce[..3], Scrutinio(Fascia.F, 33, 31, 1, 0, 16, 15)], "seggio")));
        Assert.Contains("Fascia F: il conto non torna", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM sg_scrutinio_presidente"));
        var registrato = await Ufficio.RecordScrutinioPresidente.HandleAsync(new(ufficio.Id, fasce, "seggio"));
        Assert.Empty(registrato.FasceMancanti);

        var r = (await Ufficio.ProclaimPresidente.HandleAsync(new(ufficio.Id, "ufficio"))).Risultato;

        // Both: 6×207 + 17×582 + 16×870 + 15×1,363 = 1,242 + 9,894 + 13,920 + 20,445 = 45,501.
        Assert.All(r.Candidati, c => Assert.Equal(45_501, c.CifraPonderata));
        // The sindaco of Vernio was born in 1966, the sindaco of Prato in 1964.
        Assert.Equal("Sindaco di Vernio", r.Eletto.Candidato.Nome);
        Assert.Equal("parità di cifra ponderata: eletto il più giovane", r.Criterio);
        Assert.Contains("parità di cifra ponderata: eletto il più giovane (comma 61: a parità di voti è eletto il candidato più giovane)", await Ufficio.GetVerbalePresidente.HandleAsync(new(ufficio.Id, FormatoVerbale.Testo)));
    }

    /// <summary>The provincial office of Prato with every attestation in and the electorate published.</summary>
    private async Task<UfficioInfo> PreparaAsync()
    {
        var tornate = new TornataService(database.DataSource, Fixtures.Calendars, clock);
        var tornata = await tornate.CreateAsync("Presidente della Provincia di Prato 2024", [VotingDay]);
        await tornate.AddConsultationAsync(tornata, "provinciali", EntiSelection.Parse("province:PO"), "test");
        var ufficio = (await Ufficio.OpenUfficio.HandleAsync(new(tornata, "PO", "Ufficio elettorale Provincia di Prato"))).Ufficio;
        clock.Reset(Rome(VotingDay.PlusDays(-34), 10));
        foreach (var c in Fixtures.Comuni("PO"))
        {
            await Ufficio.RecordAttestazione.HandleAsync(new(ufficio.Id, c.IstatCode, Persone(c.Name).ToList(), false, "ufficio"));
        }

        clock.Reset(Rome(VotingDay.PlusDays(-30), 10));
        var pubblicato = await Ufficio.PublishElettorato.HandleAsync(new(ufficio.Id, "ufficio"));
        Assert.Equal((119, 18), (pubblicato.Elettori, pubblicato.MinimoFirmePresidente));
        Assert.Equal([207, 582, 870, 1363], pubblicato.Ponderazione.Fasce.Select(f => f.Indice));
        return ufficio;
    }

    private static Instant Rome(LocalDate day, int hour) => RomeTime.ToInstant(day.At(new LocalTime(hour, 0)));

    /// <summary>Each sindaco is born on 1 January of 1960 plus the comune's place in ISTAT order, so ages differ.</summary>
    private static LocalDate Nascita(string comune) =>
        new(1960 + Fixtures.Comuni("PO").Select((c, i) => (c.Name, i)).Single(c => c.Name == comune).i, 1, 1);

    private static AmministratoreInput Sindaco(string comune) => new($"Sindaco di {comune}", Sesso.M, Nascita(comune), Cariche.Sindaco);

    private static IEnumerable<AmministratoreInput> Persone(string comune)
    {
        var c = Fixtures.Comuni("PO").Single(x => x.Name == comune);
        yield return Sindaco(comune);
        for (var k = 1; k < ComposizioneConsigli.ElettoriStimati(c.Population, c.Capoluogo); k++)
        {
            yield return new AmministratoreInput($"Consigliere {k} di {comune}", k % 2 == 0 ? Sesso.M : Sesso.F, new LocalDate(1950 + (k * 7 % 40), 1 + (k % 12), 1 + (k % 28)), Cariche.Consigliere);
        }
    }

    /// <summary>The consiglieri of the territory in ISTAT order: the signatories.</summary>
    private static List<(string Comune, AmministratoreInput Persona)> Consiglieri() =>
        Fixtures.Comuni("PO").SelectMany(c => Persone(c.Name).Skip(1).Select(p => (c.Name, p))).ToList();

    private static SottoscrizioneInput Firma((string Comune, AmministratoreInput Persona) p, LocalDate giorno) =>
        new(p.Persona.Nome, p.Persona.DataNascita, p.Comune, giorno);

    private static CandidaturaPresidenteInput Candidatura(string comune, LocalDate fineMandato, IEnumerable<(string Comune, AmministratoreInput Persona)> firme, LocalDate giorno) =>
        new($"Sindaco di {comune}", Sesso.M, Nascita(comune), comune, fineMandato, firme.Select(f => Firma(f, giorno)).ToList());

    /// <summary>The presidential tabellina: the first candidate is the sindaco of Prato, the second the sindaco of Vernio.</summary>
    private static ScrutinioInput Scrutinio(Fascia fascia, int elettori, int votanti, int bianche, int nulle, int prato, int vernio) =>
        new(fascia, elettori, votanti, bianche, nulle, new Dictionary<string, int> { ["Sindaco di Prato"] = prato, ["Sindaco di Vernio"] = vernio },
            new Dictionary<string, IReadOnlyDictionary<string, int>>());

    private static string Expected(string name) =>
        File.ReadAllText(Path.Combine(PostgresServer.RepositoryRoot, "tests", "Scadenzario.Data.Tests", "SecondoGrado", "Expected", name));
}
