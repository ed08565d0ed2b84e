using System.Globalization;
using System.Text.Json;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Liste;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// The election of the presidente della provincia (L. 56/2014 art. 1 commi 58-61) by the same office and on
/// the same electorate as the consiglio provinciale, but as acts of its own: its candidacies, examination,
/// ballot and proclamation are recorded apart, since the two elections often fall on different days (the
/// presidente lasts four years, the council two) and, when they coincide, have separate ballots.
/// </summary>
public sealed partial class UfficioElettoraleService
{
    private const string PresentazionePresidenteRule = "presentazione-candidature-presidente";

    /// <summary>
    /// Records a candidacy as filed. The candidate and each signatory are matched to the electorate by comune,
    /// name and birth date; who does not match is kept as declared and the examination says why. Refused
    /// (nothing written) in a città metropolitana, for a comune outside the territory, a candidacy already
    /// registered for the same person, or after the presidente is proclaimed.
    /// </summary>
    public async Task<CandidaturaPresidenteRegistrata> AggiungiCandidaturaPresidenteAsync(
        long ufficioId, CandidaturaPresidenteInput candidatura, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        ArgumentNullException.ThrowIfNull(candidatura);
        SecondoGradoLimits.CheckCandidaturaPresidente(candidatura);
        if (string.IsNullOrWhiteSpace(candidatura.Nome))
        {
            throw new DomainException("Indicare il nome del candidato alla carica di presidente.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var comune = await RisolviComune(connection, ufficio, territorio, candidatura.Comune, cancellationToken);
        var nome = candidatura.Nome.Trim();
        var gia = await Sql.QueryAsync(connection, "SELECT nome FROM sg_candidatura_presidente WHERE ufficio_id = $1 AND comune_code = $2 AND data_nascita = $3",
            r => r.GetString(0), cancellationToken, ufficioId, comune.Code, candidatura.DataNascita);
        if (gia.Any(n => Normalizza(n) == Normalizza(nome)))
        {
            throw new DomainException($"La candidatura a presidente di {nome} ({comune.Name}) è già registrata.");
        }

        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var candidato = Abbina(elettorato, comune.Code, nome, candidatura.DataNascita);
        var firme = new List<(SottoscrizioneInput Input, string Comune, long? Elettore)>();
        foreach (var f in candidatura.Sottoscrizioni)
        {
            var c = await RisolviComune(connection, ufficio, territorio, f.Comune, cancellationToken);
            firme.Add((f, c.Code, Abbina(elettorato, c.Code, f.Nome, f.DataNascita)));
        }

        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_candidatura_presidente (ufficio_id, nome, sesso, data_nascita, comune_code, fine_mandato, amministratore_id, presented_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, cancellationToken, ufficioId, nome, candidatura.Sesso.ToString(), candidatura.DataNascita, comune.Code, candidatura.FineMandato, candidato,
            clock.GetCurrentInstant(), by);
        foreach (var (f, c, elettore) in firme)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_sottoscrizione_presidente (candidatura_id, nome, data_nascita, comune_code, autenticata, amministratore_id) VALUES ($1, $2, $3, $4, $5, $6)
                """, cancellationToken, id, f.Nome.Trim(), f.DataNascita, c, f.Autenticata, elettore);
        }

        await transaction.CommitAsync(cancellationToken);
        var sindaco = candidato is { } a && elettorato[comune.Code].Amministratori.Single(x => x.Id == a).Carica == Cariche.Sindaco;
        return new CandidaturaPresidenteRegistrata(id, nome, comune.Name, sindaco, firme.Count, firme.Count(f => f.Elettore is null));
    }

    /// <summary>
    /// The office's examination of every candidacy filed (AmmissionePresidente): a sindaco in office, 18 months
    /// of mandate left at the vote, 15% of the published electors as valid signatures, each signature judged
    /// as a list's. Needs the published electorate. Stored as a new act each time; the latest is in force.
    /// </summary>
    public async Task<RapportoAmmissionePresidente> EsaminaCandidaturePresidenteAsync(long ufficioId, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var candidature = await CandidatureRegistrate(connection, ufficioId, cancellationToken);
        if (candidature.Count == 0)
        {
            throw new DomainException("Nessuna candidatura a presidente registrata da esaminare.");
        }

        var pubblicati = await Sql.QueryAsync(connection, "SELECT elettori FROM sg_pubblicazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => r.GetInt32(0), cancellationToken, ufficioId);
        if (pubblicati.Count == 0)
        {
            throw new DomainException("Il corpo elettorale non è ancora pubblicato (secondo-grado elettorato pubblica): il minimo di sottoscrizioni si calcola sugli aventi diritto pubblicati.");
        }

        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var territorio = (await Territorio(connection, ufficioId, cancellationToken)).ToDictionary(c => c.Code, c => c.Name);
        var elettori = elettorato.Values.SelectMany(c => c.Amministratori).ToList();
        var nomi = elettori.ToDictionary(a => a.Chiave, a => $"{a.Nome} ({territorio[a.ComuneCode]})");
        foreach (var persona in candidature.Select(c => (c.Chiave, c.Nome, c.Comune)).Concat(candidature.SelectMany(c => c.Firme).Select(f => (f.Chiave, f.Nome, f.Comune))))
        {
            nomi.TryAdd(persona.Chiave, $"{persona.Nome} ({territorio.GetValueOrDefault(persona.Comune, persona.Comune)})");
        }

        var termine = await TermineCandidaturePresidente(connection, ufficio, cancellationToken);
        IReadOnlyList<EsitoCandidaturaPresidente> esiti = [];
        Verifica(() => esiti = AmmissionePresidente.Esamina(
            elettori.Select(e => e.Chiave).ToList(), elettori.Where(e => e.Carica == Cariche.Sindaco).Select(e => e.Chiave).ToList(), pubblicati[0],
            ufficio.GiornoVotazione, termine,
            candidature.Select(c => new CandidaturaPresentata(c.Atto, c.Chiave, c.FineMandato, c.Firme.Select(f => new Sottoscrizione(f.Chiave, f.Autenticata)).ToList())).ToList()));

        var report = candidature.Zip(esiti).Select(p => new EsitoCandidatura(
            p.First.Nome, territorio.GetValueOrDefault(p.First.Comune, p.First.Comune), p.First.FineMandato, p.Second.Ammessa, p.Second.SottoscrizioniValide,
            p.Second.MinimoSottoscrizioni, p.Second.SottoscrizioniNulle.Select(n => new FirmaNulla(nomi[n.ElettoreId], n.Autenticazione, n.Motivo)).ToList(),
            p.Second.MotiviRicusazione)).ToList();
        var minimo = esiti[0].MinimoSottoscrizioni;
        var now = clock.GetCurrentInstant();
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_ammissione_presidente (ufficio_id, termine, aventi_diritto, minimo_firme, examined_at, examined_by, report)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id
            """, cancellationToken, ufficioId, termine, pubblicati[0], minimo, now, by, JsonSerializer.Serialize(report, JsonSecondoGrado.Options));
        foreach (var (candidatura, esito) in candidature.Zip(esiti))
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_ammissione_candidatura_presidente (ammissione_id, candidatura_id, ammessa, sottoscrizioni_valide, motivi) VALUES ($1, $2, $3, $4, $5)
                """, cancellationToken, id, candidatura.Id, esito.Ammessa, esito.SottoscrizioniValide, esito.MotiviRicusazione.ToArray());
        }

        await transaction.CommitAsync(cancellationToken);
        return new RapportoAmmissionePresidente(id, termine, ufficio.GiornoVotazione, pubblicati[0], minimo, report, now);
    }

    /// <summary>
    /// Records the tabellina of the presidential ballot in one fascia, with the checks of the council's count
    /// (voters = valid + blank + void, voters not above electors, electors equal to the fascia's actual
    /// electorate, only admitted candidates). Votes are given by the candidate's name. A second entry for the
    /// same fascia is a correction: a new version, the earlier one kept.
    /// </summary>
    public Task<ScrutinioRegistrato> RegistraScrutinioPresidenteAsync(long ufficioId, ScrutinioInput scrutinio, string by, CancellationToken cancellationToken = default) =>
        RegistraScrutinioPresidenteAsync(ufficioId, [scrutinio], by, cancellationToken);

    /// <summary>Several fasce at once, as one act: if any of them is refused, none is recorded.</summary>
    public async Task<ScrutinioRegistrato> RegistraScrutinioPresidenteAsync(
        long ufficioId, IReadOnlyList<ScrutinioInput> scrutinio, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        ArgumentNullException.ThrowIfNull(scrutinio);
        if (scrutinio.Count == 0)
        {
            throw new DomainException("Nessuna fascia da registrare.");
        }

        var conPreferenze = scrutinio.FirstOrDefault(s => s.Preferenze.Count > 0);
        if (conPreferenze is not null)
        {
            throw new DomainException($"Fascia {conPreferenze.Fascia}: la scheda per il presidente non ha voti di preferenza.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var candidati = await CandidatiAmmessi(connection, ufficioId, cancellationToken);
        var fasce = scrutinio.Select(s => TraduciPresidente(s, candidati)).ToList();
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        Verifica(() => ElezionePresidente.Verifica(ponderazione, candidati.Select(c => c.Candidato).ToList(), fasce));

        var versione = 0;
        foreach (var fascia in fasce)
        {
            versione = await Sql.ScalarAsync<int>(connection, "SELECT coalesce(max(versione), 0) + 1 FROM sg_scrutinio_presidente WHERE ufficio_id = $1 AND fascia = $2",
                cancellationToken, ufficioId, fascia.Fascia.ToString());
            var id = await Sql.ScalarAsync<long>(connection, """
                INSERT INTO sg_scrutinio_presidente (ufficio_id, fascia, versione, elettori, votanti, schede_bianche, schede_nulle, recorded_at, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
                """, cancellationToken, ufficioId, fascia.Fascia.ToString(), versione, fascia.Elettori, fascia.Votanti, fascia.SchedeBianche,
                fascia.SchedeNulle, clock.GetCurrentInstant(), by);
            foreach (var c in candidati)
            {
                await Sql.ExecuteAsync(connection, "INSERT INTO sg_scrutinio_presidente_voti (scrutinio_id, candidatura_id, voti) VALUES ($1, $2, $3)",
                    cancellationToken, id, c.Id, fascia.Voti.GetValueOrDefault(c.Candidato.Candidato.Id));
            }
        }

        var registrate = await Sql.QueryAsync(connection, "SELECT DISTINCT fascia FROM sg_scrutinio_presidente WHERE ufficio_id = $1",
            r => Enum.Parse<Fascia>(r.GetString(0)), cancellationToken, ufficioId);
        await transaction.CommitAsync(cancellationToken);
        return new ScrutinioRegistrato(fasce[^1].Fascia, versione, ponderazione.Fasce.Select(f => f.Fascia).Where(f => !registrate.Contains(f)).ToList());
    }

    /// <summary>
    /// The proclamation of the presidente: the index recomputed with the actual electorate (attestations and
    /// variations, as the council's proclamation does), each candidate's weighted total, the highest wins;
    /// on equal totals the youngest; on equal birth dates too, lots: <paramref name="sorteggio"/> gives the
    /// outcome of the draw as an order of candidates' names, the first among the tied winning.
    /// </summary>
    public async Task<PresidenteProclamato> ProclamaPresidenteAsync(long ufficioId, string by, IReadOnlyList<string>? sorteggio = null, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var candidati = await CandidatiAmmessi(connection, ufficioId, cancellationToken);
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        var scrutini = await UltimiScrutiniPresidente(connection, ufficioId, cancellationToken);
        var mancanti = ponderazione.Fasce.Select(f => f.Fascia).Except(scrutini.Select(s => s.Fascia)).ToList();
        if (mancanti.Count > 0)
        {
            throw new DomainException($"Manca lo scrutinio per il presidente delle fasce {string.Join(", ", mancanti)}: registrarlo prima della proclamazione.");
        }

        var ordine = sorteggio?.Select(nome => candidati.FirstOrDefault(c => Normalizza(c.Candidato.Candidato.Nome) == Normalizza(nome))?.Candidato.Candidato.Id ?? nome.Trim()).ToList();
        RisultatoPresidente risultato = null!;
        Verifica(() => risultato = ElezionePresidente.Proclama(
            ponderazione, ufficio.GiornoVotazione, candidati.Select(c => c.Candidato).ToList(), scrutini, ordine is null ? null : Sorteggi.SecondoOrdine(ordine)));

        var pubblicazione = await UltimaPubblicazioneAsync(ufficioId, cancellationToken);
        var now = clock.GetCurrentInstant();
        var comuneDi = candidati.ToDictionary(c => c.Candidato.Candidato.Id, c => c.Comune);
        var verbale = new VerbalePresidente(ufficio, pubblicazione, ponderazione, scrutini, risultato, comuneDi, now, by);
        var testo = verbale.Testo();
        var html = verbale.Html();
        var idDi = candidati.ToDictionary(c => c.Candidato.Candidato.Id, c => c.Id);
        var sintesi = new
        {
            eletto = risultato.Eletto.Candidato.Nome,
            criterio = risultato.Criterio,
            candidati = risultato.Candidati.Select(c => new
            {
                nome = c.Candidato.Candidato.Nome,
                cifra = c.CifraPonderata,
                perFascia = c.PerFascia.Select(v => new { fascia = v.Fascia.ToString(), voti = v.Voti, indice = v.Indice, ponderati = v.Ponderati }),
            }),
        };
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_proclamazione_presidente (ufficio_id, eletto_id, criterio, elettori, votanti, proclaimed_at, proclaimed_by, risultato, verbale_testo, verbale_html)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10) RETURNING id
            """, cancellationToken, ufficioId, idDi[risultato.Eletto.Candidato.Id], risultato.Criterio, scrutini.Sum(s => s.Elettori), scrutini.Sum(s => s.Votanti),
            now, by, JsonSerializer.Serialize(sintesi, JsonSecondoGrado.Options), testo, html);
        foreach (var c in risultato.Candidati)
        {
            foreach (var v in c.PerFascia)
            {
                await Sql.ExecuteAsync(connection, """
                    INSERT INTO sg_risultato_presidente (proclamazione_id, candidatura_id, fascia, voti, indice, cifra_ponderata) VALUES ($1, $2, $3, $4, $5, $6)
                    """, cancellationToken, id, idDi[c.Candidato.Candidato.Id], v.Fascia.ToString(), v.Voti, v.Indice, v.Ponderati);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new PresidenteProclamato(id, ponderazione, scrutini, risultato, testo, html);
    }

    /// <summary>The verbale of the latest proclamation of the presidente, exactly as issued.</summary>
    public async Task<string> VerbalePresidenteAsync(long ufficioId, FormatoVerbale formato, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var verbale = await Sql.QueryAsync(connection, "SELECT verbale_testo, verbale_html FROM sg_proclamazione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => (Testo: r.GetString(0), Html: r.GetString(1)), cancellationToken, ufficioId);
        return verbale.Count == 0
            ? throw new DomainException($"L'ufficio elettorale della {ufficio.Denominazione} non ha ancora proclamato il presidente.")
            : formato == FormatoVerbale.Html ? verbale[0].Html : verbale[0].Testo;
    }

    private static void RichiediProvincia(UfficioInfo ufficio)
    {
        if (ufficio.Consultation != "provinciali")
        {
            throw new DomainException(
                $"La {ufficio.Denominazione} non elegge un presidente: il sindaco metropolitano è di diritto il sindaco del comune capoluogo (L. 56/2014, art. 1, comma 19). Le candidature a presidente si presentano solo nelle elezioni provinciali.");
        }
    }

    private static async Task RifiutaDopoLaProclamazionePresidente(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var proclamato = await Sql.QueryAsync(connection, "SELECT proclaimed_at FROM sg_proclamazione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => r.GetFieldValue<Instant>(0), ct, ufficioId);
        if (proclamato.Count > 0)
        {
            throw new DomainException($"Il presidente è già stato proclamato il {DateItaliane.Testo(proclamato[0].InZone(RomeTime.Zone).Date)}: il procedimento è chiuso.");
        }
    }

    /// <summary>The filing deadline of the candidacies as stored for the ente's act: the 180 days of the signatures count back from it.</summary>
    private static async Task<LocalDate> TermineCandidaturePresidente(NpgsqlConnection connection, UfficioInfo ufficio, CancellationToken ct) =>
        (await StoredDeadlines.FindAsync(connection, ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{PresentazionePresidenteRule}", ct))?.DueDate
        ?? throw new DomainException($"Il calendario {ufficio.Consultation} non data la presentazione delle candidature a presidente.");

    private static async Task<List<CandidaturaSalvata>> CandidatureRegistrate(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var candidature = await Sql.QueryAsync(connection, """
            SELECT id, nome, comune_code, fine_mandato, amministratore_id FROM sg_candidatura_presidente WHERE ufficio_id = $1 ORDER BY id
            """, r => (Id: r.GetInt64(0), Nome: r.GetString(1), Comune: r.GetString(2), Fine: r.GetFieldValue<LocalDate>(3), Elettore: Sql.Nullable<long>(r, 4)), ct, ufficioId);
        var firme = (await Sql.QueryAsync(connection, """
            SELECT s.id, s.candidatura_id, s.nome, s.comune_code, s.autenticata, s.amministratore_id
            FROM sg_sottoscrizione_presidente s JOIN sg_candidatura_presidente c ON c.id = s.candidatura_id WHERE c.ufficio_id = $1 ORDER BY s.id
            """, r => (Candidatura: r.GetInt64(1), Firma: new FirmaSalvata(r.GetInt64(0), r.GetString(2), r.GetString(3), r.GetFieldValue<LocalDate>(4), Sql.Nullable<long>(r, 5))),
            ct, ufficioId)).ToLookup(f => f.Candidatura, f => f.Firma);
        return candidature.Select(c => new CandidaturaSalvata(c.Id, c.Nome, c.Comune, c.Fine, c.Elettore, firme[c.Id].ToList())).ToList();
    }

    /// <summary>The admitted candidacies, as the latest examination left them; the calculators know each as "p" + id.</summary>
    private static async Task<List<CandidatoAmmesso>> CandidatiAmmessi(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ammissione = await Sql.QueryAsync(connection, "SELECT id FROM sg_ammissione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt64(0), ct, ufficioId);
        if (ammissione.Count == 0)
        {
            throw new DomainException("Le candidature a presidente non sono ancora state esaminate (secondo-grado presidente ammissione).");
        }

        var candidati = await Sql.QueryAsync(connection, """
            SELECT c.id, c.nome, c.sesso, c.data_nascita, c.fine_mandato, e.name
            FROM sg_ammissione_candidatura_presidente a JOIN sg_candidatura_presidente c ON c.id = a.candidatura_id JOIN ente e ON e.code = c.comune_code
            WHERE a.ammissione_id = $1 AND a.ammessa ORDER BY c.id
            """, r => new CandidatoAmmesso(r.GetInt64(0), new CandidatoPresidente(
                new Candidato("p" + r.GetInt64(0).ToString(CultureInfo.InvariantCulture), r.GetString(1), SessoDa(r.GetString(2)), r.GetFieldValue<LocalDate>(3)),
                r.GetFieldValue<LocalDate>(4)), r.GetString(5)), ct, ammissione[0]);
        return candidati.Count > 0 ? candidati : throw new DomainException("Nessuna candidatura a presidente è stata ammessa.");
    }

    private static ScrutinioFascia TraduciPresidente(ScrutinioInput s, IReadOnlyList<CandidatoAmmesso> candidati)
    {
        var voti = new Dictionary<string, int>();
        foreach (var (nome, n) in s.Voti)
        {
            var omonimi = candidati.Where(c => Normalizza(c.Candidato.Candidato.Nome) == Normalizza(nome)).ToList();
            voti[omonimi.Count switch
            {
                1 => omonimi[0].Candidato.Candidato.Id,
                0 => throw new DomainException($"Fascia {s.Fascia}: \"{nome}\" non è tra i candidati a presidente ammessi."),
                _ => throw new DomainException($"Fascia {s.Fascia}: ci sono {omonimi.Count} candidati a presidente di nome \"{nome}\": i voti non si possono attribuire per nome."),
            }] = n;
        }

        return new ScrutinioFascia(s.Fascia, s.Elettori, s.Votanti, s.SchedeBianche, s.SchedeNulle, voti);
    }

    private static async Task<List<ScrutinioFascia>> UltimiScrutiniPresidente(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var righe = await Sql.QueryAsync(connection, """
            SELECT DISTINCT ON (fascia) id, fascia, elettori, votanti, schede_bianche, schede_nulle
            FROM sg_scrutinio_presidente WHERE ufficio_id = $1 ORDER BY fascia, versione DESC
            """, r => (Id: r.GetInt64(0), Fascia: Enum.Parse<Fascia>(r.GetString(1)), Elettori: r.GetInt32(2), Votanti: r.GetInt32(3), Bianche: r.GetInt32(4), Nulle: r.GetInt32(5)),
            ct, ufficioId);
        var risultato = new List<ScrutinioFascia>();
        foreach (var s in righe)
        {
            var voti = (await Sql.QueryAsync(connection, "SELECT candidatura_id, voti FROM sg_scrutinio_presidente_voti WHERE scrutinio_id = $1",
                r => (Id: "p" + r.GetInt64(0).ToString(CultureInfo.InvariantCulture), Voti: r.GetInt32(1)), ct, s.Id)).ToDictionary(v => v.Id, v => v.Voti);
            risultato.Add(new ScrutinioFascia(s.Fascia, s.Elettori, s.Votanti, s.Bianche, s.Nulle, voti));
        }

        return risultato;
    }

    private sealed record CandidaturaSalvata(long Id, string Nome, string Comune, LocalDate FineMandato, long? Elettore, IReadOnlyList<FirmaSalvata> Firme)
    {
        /// <summary>The candidate's elector key; one not matched gets a key of their own, which is in no electorate.</summary>
        public string Chiave => Elettore is { } id ? "a" + id.ToString(CultureInfo.InvariantCulture) : "p" + Id.ToString(CultureInfo.InvariantCulture);

        /// <summary>The candidacy itself, as the examination names it.</summary>
        public string Atto => "k" + Id.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record CandidatoAmmesso(long Id, CandidatoPresidente Candidato, string Comune);
}
