using System.Text.Json;
using Npgsql;
using Scadenzario.Data.Limits;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Data.SecondoGrado;

public sealed partial class UfficioElettoraleService
{
    /// <summary>
    /// Records the tabellina of one fascia after the vote, with the checks of seed 003 art. 16 (voters =
    /// valid + blank + void, voters not above electors, electors equal to the fascia's actual electorate,
    /// preferences within the list's votes, only admitted lists and candidates). A second entry for the
    /// same fascia is a correction: a new version, the earlier one kept.
    /// </summary>
    public async Task<ScrutinioRegistrato> RegistraScrutinioAsync(long ufficioId, ScrutinioInput scrutinio, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scrutinio);
        return (await RegistraScrutinioAsync(ufficioId, [scrutinio], by, cancellationToken))[0];
    }

    /// <summary>
    /// Records the tabelline of several fasce in one transaction: a file with one wrong fascia records
    /// none of them, and the message names the fascia to correct.
    /// </summary>
    public async Task<IReadOnlyList<ScrutinioRegistrato>> RegistraScrutinioAsync(
        long ufficioId, IReadOnlyList<ScrutinioInput> scrutinio, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        ArgumentNullException.ThrowIfNull(scrutinio);
        foreach (var fascia in scrutinio)
        {
            SecondoGradoLimits.CheckScrutinio(fascia);
        }

        if (scrutinio.Count == 0)
        {
            throw new DomainException("Nessuna fascia nello scrutinio da registrare.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UfficioBloccato(connection, ufficioId, cancellationToken);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        var competizione = await InCompetizione(connection, ufficioId, cancellationToken);
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        var versioni = new List<(Fascia Fascia, int Versione)>();
        foreach (var fascia in scrutinio)
        {
            versioni.Add((fascia.Fascia, await RegistraFascia(connection, ufficioId, fascia, competizione, ponderazione, by, cancellationToken)));
        }

        await transaction.CommitAsync(cancellationToken);
        var registrate = (await UltimiScrutini(connection, ufficioId, competizione, cancellationToken)).Select(s => s.Fascia).ToHashSet();
        var mancanti = ponderazione.Fasce.Select(f => f.Fascia).Where(f => !registrate.Contains(f)).ToList();
        return [.. versioni.Select(v => new ScrutinioRegistrato(v.Fascia, v.Versione, mancanti))];
    }

    private async Task<int> RegistraFascia(
        NpgsqlConnection connection, long ufficioId, ScrutinioInput scrutinio, Competizione competizione, Ponderazione ponderazione, string by, CancellationToken cancellationToken)
    {
        var fascia = Traduci(scrutinio, competizione);
        Verifica(() => Proclamazione.Verifica(ponderazione, competizione.Liste, [fascia]));

        var versione = await Sql.ScalarAsync<int>(connection, "SELECT coalesce(max(versione), 0) + 1 FROM sg_scrutinio WHERE ufficio_id = $1 AND fascia = $2",
            cancellationToken, ufficioId, scrutinio.Fascia.ToString());
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_scrutinio (ufficio_id, fascia, versione, elettori, votanti, schede_bianche, schede_nulle, recorded_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, cancellationToken, ufficioId, scrutinio.Fascia.ToString(), versione, scrutinio.Elettori, scrutinio.Votanti, scrutinio.SchedeBianche,
            scrutinio.SchedeNulle, clock.GetCurrentInstant(), by);
        foreach (var lista in competizione.Liste)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_scrutinio_lista (scrutinio_id, lista_id, voti) VALUES ($1, $2, $3)",
                cancellationToken, id, competizione.IdLista[lista.Nome], fascia.Voti.GetValueOrDefault(lista.Nome));
        }

        foreach (var (chiave, voti) in fascia.Preferenze ?? new Dictionary<string, int>())
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_scrutinio_preferenza (scrutinio_id, candidato_id, voti) VALUES ($1, $2, $3)",
                cancellationToken, id, long.Parse(chiave[1..], System.Globalization.CultureInfo.InvariantCulture), voti);
        }

        return versione;
    }

    /// <summary>
    /// The proclamation: the index recomputed with the actual electorate (attestations and variations), the
    /// weighted totals, d'Hondt, the rankings with the ties of comma 38, and the verbale. A tie that the law
    /// leaves to lots needs <paramref name="sorteggio"/>: the outcome of the draw as an order of list or
    /// candidate names, the first among the tied winning.
    /// </summary>
    public async Task<Proclamato> ProclamaAsync(long ufficioId, string by, IReadOnlyList<string>? sorteggio = null, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        var competizione = await InCompetizione(connection, ufficioId, cancellationToken);
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        var scrutini = await UltimiScrutini(connection, ufficioId, competizione, cancellationToken);
        var mancanti = ponderazione.Fasce.Select(f => f.Fascia).Except(scrutini.Select(s => s.Fascia)).ToList();
        if (mancanti.Count > 0)
        {
            throw new DomainException($"Manca lo scrutinio delle fasce {string.Join(", ", mancanti)}: registrarlo prima della proclamazione.");
        }

        var ordine = sorteggio?.Select(nome => competizione.ChiavePerNome.GetValueOrDefault(Normalizza(nome), nome.Trim())).ToList();
        RisultatoProclamazione risultato = null!;
        Verifica(() => risultato = Proclamazione.Calcola(
            ufficio.Seggi, ponderazione, competizione.Liste, scrutini, ordine is null ? null : Sorteggi.SecondoOrdine(ordine)));

        var pubblicazione = await UltimaPubblicazioneAsync(ufficioId, cancellationToken);
        var now = clock.GetCurrentInstant();
        var verbale = new VerbaleProclamazione(ufficio, pubblicazione, risultato, competizione.Comune, now, by);
        var testo = verbale.Testo();
        var html = verbale.Html();
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_proclamazione (ufficio_id, seggi, elettori, votanti, proclaimed_at, proclaimed_by, risultato, verbale_testo, verbale_html)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) RETURNING id
            """, cancellationToken, ufficioId, ufficio.Seggi, scrutini.Sum(s => s.Elettori), scrutini.Sum(s => s.Votanti), now, by,
            JsonSerializer.Serialize(Sintesi(risultato), JsonSecondoGrado.Options), testo, html);
        foreach (var lista in risultato.Liste)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_risultato_lista (proclamazione_id, lista_id, cifra_ponderata, seggi) VALUES ($1, $2, $3, $4)",
                cancellationToken, id, competizione.IdLista[lista.Lista], lista.CifraElettoralePonderata, lista.Seggi);
        }

        foreach (var eletto in risultato.Eletti)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_eletto (proclamazione_id, candidato_id, posizione, cifra_ponderata) VALUES ($1, $2, $3, $4)",
                cancellationToken, id, long.Parse(eletto.Candidato.Id[1..], System.Globalization.CultureInfo.InvariantCulture), eletto.Posizione, eletto.CifraIndividualePonderata);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Proclamato(id, risultato, testo, html);
    }

    /// <summary>The verbale of the latest proclamation, exactly as issued.</summary>
    public async Task<string> VerbaleAsync(long ufficioId, FormatoVerbale formato, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var verbale = await Sql.QueryAsync(connection, "SELECT verbale_testo, verbale_html FROM sg_proclamazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => (Testo: r.GetString(0), Html: r.GetString(1)), cancellationToken, ufficioId);
        return verbale.Count == 0
            ? throw new DomainException($"L'ufficio elettorale della {ufficio.Denominazione} non ha ancora proclamato gli eletti.")
            : formato == FormatoVerbale.Html ? verbale[0].Html : verbale[0].Testo;
    }

    private static object Sintesi(RisultatoProclamazione r) => new
    {
        seggi = r.Seggi,
        nonAssegnati = r.Riparto.SeggiNonAssegnati,
        liste = r.Liste.Select(l => new { lista = l.Lista, cifra = l.CifraElettoralePonderata, seggi = l.Seggi }),
        eletti = r.Eletti.Select(e => new { lista = e.Lista, nome = e.Candidato.Nome, cifra = e.CifraIndividualePonderata, criterio = e.Criterio.ToString() }),
    };

    private static ScrutinioFascia Traduci(ScrutinioInput s, Competizione competizione)
    {
        var voti = new Dictionary<string, int>();
        foreach (var (nome, n) in s.Voti)
        {
            var lista = competizione.Liste.FirstOrDefault(l => Normalizza(l.Nome) == Normalizza(nome))
                ?? throw new DomainException($"Fascia {s.Fascia}: la lista \"{nome}\" non è tra quelle ammesse.");
            voti[lista.Nome] = n;
        }

        var preferenze = new Dictionary<string, int>();
        foreach (var (nomeLista, perCandidato) in s.Preferenze)
        {
            var lista = competizione.Liste.FirstOrDefault(l => Normalizza(l.Nome) == Normalizza(nomeLista))
                ?? throw new DomainException($"Fascia {s.Fascia}: preferenze per la lista \"{nomeLista}\", che non è tra quelle ammesse.");
            foreach (var (nome, n) in perCandidato)
            {
                var omonimi = lista.Candidati.Where(c => Normalizza(c.Nome) == Normalizza(nome)).ToList();
                preferenze[omonimi.Count switch
                {
                    1 => omonimi[0].Id,
                    0 => throw new DomainException($"Fascia {s.Fascia}: \"{nome}\" non è candidato ammesso della lista \"{lista.Nome}\"."),
                    _ => throw new DomainException($"Fascia {s.Fascia}: nella lista \"{lista.Nome}\" ci sono {omonimi.Count} candidati di nome \"{nome}\": le preferenze non si possono attribuire per nome."),
                }] = n;
            }
        }

        return new ScrutinioFascia(s.Fascia, s.Elettori, s.Votanti, s.SchedeBianche, s.SchedeNulle, voti, preferenze);
    }

    /// <summary>The admitted lists with their admitted candidates, as the latest examination left them.</summary>
    private static async Task<Competizione> InCompetizione(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ammissione = await Sql.QueryAsync(connection, "SELECT id FROM sg_ammissione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt64(0), ct, ufficioId);
        if (ammissione.Count == 0)
        {
            throw new DomainException("Le liste non sono ancora state esaminate (secondo-grado ammissione).");
        }

        var liste = await Sql.QueryAsync(connection, """
            SELECT l.id, l.nome, al.candidati_ammessi FROM sg_ammissione_lista al JOIN sg_lista l ON l.id = al.lista_id
            WHERE al.ammissione_id = $1 AND al.ammessa ORDER BY l.id
            """, r => (Id: r.GetInt64(0), Nome: r.GetString(1), Candidati: r.GetFieldValue<long[]>(2)), ct, ammissione[0]);
        if (liste.Count == 0)
        {
            throw new DomainException("Nessuna lista è stata ammessa.");
        }

        var candidati = (await Sql.QueryAsync(connection, """
            SELECT c.id, c.nome, c.sesso, c.data_nascita, c.comune_code, e.name
            FROM sg_candidato c JOIN sg_lista l ON l.id = c.lista_id JOIN ente e ON e.code = c.comune_code WHERE l.ufficio_id = $1
            """, r => (Id: r.GetInt64(0), Candidato: new Candidato("c" + r.GetInt64(0), r.GetString(1), SessoDa(r.GetString(2)), r.GetFieldValue<NodaTime.LocalDate>(3)),
                Comune: r.GetString(5)), ct, ufficioId)).ToDictionary(c => c.Id);
        var inCompetizione = liste.Select(l => new ListaInCompetizione(l.Nome, l.Candidati.Select(id => candidati[id].Candidato).ToList())).ToList();
        var perNome = inCompetizione.Select(l => (Chiave: l.Nome, Nome: l.Nome))
            .Concat(inCompetizione.SelectMany(l => l.Candidati).Select(c => (Chiave: c.Id, c.Nome)))
            .GroupBy(x => Normalizza(x.Nome)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Chiave);
        return new Competizione(inCompetizione, liste.ToDictionary(l => l.Nome, l => l.Id), perNome,
            candidati.Values.ToDictionary(c => c.Candidato.Id, c => c.Comune));
    }

    private static async Task<List<ScrutinioFascia>> UltimiScrutini(NpgsqlConnection connection, long ufficioId, Competizione competizione, CancellationToken ct)
    {
        var righe = await Sql.QueryAsync(connection, """
            SELECT DISTINCT ON (fascia) id, fascia, elettori, votanti, schede_bianche, schede_nulle
            FROM sg_scrutinio WHERE ufficio_id = $1 ORDER BY fascia, versione DESC
            """, r => (Id: r.GetInt64(0), Fascia: Enum.Parse<Fascia>(r.GetString(1)), Elettori: r.GetInt32(2), Votanti: r.GetInt32(3), Bianche: r.GetInt32(4), Nulle: r.GetInt32(5)),
            ct, ufficioId);
        var nomeLista = competizione.IdLista.ToDictionary(p => p.Value, p => p.Key);
        var risultato = new List<ScrutinioFascia>();
        foreach (var s in righe)
        {
            var voti = (await Sql.QueryAsync(connection, "SELECT lista_id, voti FROM sg_scrutinio_lista WHERE scrutinio_id = $1",
                r => (Lista: r.GetInt64(0), Voti: r.GetInt32(1)), ct, s.Id)).Where(v => nomeLista.ContainsKey(v.Lista)).ToDictionary(v => nomeLista[v.Lista], v => v.Voti);
            var preferenze = (await Sql.QueryAsync(connection, "SELECT candidato_id, voti FROM sg_scrutinio_preferenza WHERE scrutinio_id = $1",
                r => (Id: "c" + r.GetInt64(0), Voti: r.GetInt32(1)), ct, s.Id)).ToDictionary(p => p.Id, p => p.Voti);
            risultato.Add(new ScrutinioFascia(s.Fascia, s.Elettori, s.Votanti, s.Bianche, s.Nulle, voti, preferenze));
        }

        return risultato;
    }

    /// <summary>The index with the electorate of the voting day: seed 003 art. 19.2 and the issue's recomputation at proclamation.</summary>
    private static async Task<Ponderazione> PonderazioneEffettiva(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var territorio = await Territorio(connection, ufficioId, ct);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, ct);
        var mancanti = territorio.Count(c => !elettorato.ContainsKey(c.Code));
        return mancanti == 0
            ? Pondera(territorio, elettorato, stimaMancanti: false)
            : throw new DomainException($"Mancano ancora {mancanti} attestazioni: il corpo elettorale effettivo non è completo.");
    }

    private static void Verifica(Action calcolo)
    {
        try
        {
            calcolo();
        }
        catch (SorteggioNecessarioException e)
        {
            throw new DomainException(e.Message);
        }
        catch (DatiElettoraliNonValidiException e)
        {
            throw new DomainException(e.Message);
        }
    }

    private sealed record Competizione(
        IReadOnlyList<ListaInCompetizione> Liste,
        IReadOnlyDictionary<string, long> IdLista,
        IReadOnlyDictionary<string, string> ChiavePerNome,
        IReadOnlyDictionary<string, string> Comune);
}
