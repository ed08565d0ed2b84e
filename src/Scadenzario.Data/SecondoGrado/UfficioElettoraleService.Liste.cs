using System.Text.Json;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Liste;

namespace Scadenzario.Data.SecondoGrado;

public sealed partial class UfficioElettoraleService
{
    /// <summary>
    /// Records a list as filed: candidates in the order of presentation and the signatures with their
    /// authentication day. Each person is matched to the electorate by comune, name and birth date; who
    /// does not match is kept as declared, and the examination says why they do not count. Refused (nothing
    /// written) for a comune outside the territory, a repeated list name, or after the proclamation.
    /// </summary>
    public async Task<ListaRegistrata> AggiungiListaAsync(long ufficioId, ListaInput lista, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        ArgumentNullException.ThrowIfNull(lista);
        SecondoGradoLimits.CheckLista(lista);
        if (string.IsNullOrWhiteSpace(lista.Nome))
        {
            throw new DomainException("Indicare il nome (contrassegno) della lista.");
        }

        if (lista.Candidati.Count == 0)
        {
            throw new DomainException($"La lista \"{lista.Nome}\" non ha candidati.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        if (await Sql.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM sg_lista WHERE ufficio_id = $1 AND lower(nome) = lower($2))", cancellationToken, ufficioId, lista.Nome.Trim()))
        {
            throw new DomainException($"Una lista \"{lista.Nome.Trim()}\" è già registrata.");
        }

        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var candidati = new List<(CandidatoInput Input, string Comune, long? Elettore)>();
        foreach (var c in lista.Candidati)
        {
            if (string.IsNullOrWhiteSpace(c.Nome) || !Cariche.Valida(c.Carica))
            {
                throw new DomainException($"Lista \"{lista.Nome}\": ogni candidato richiede nome e carica (sindaco o consigliere); non valido: \"{c.Nome}\".");
            }

            var comune = await RisolviComune(connection, ufficio, territorio, c.Comune, cancellationToken);
            candidati.Add((c, comune.Code, Abbina(elettorato, comune.Code, c.Nome, c.DataNascita)));
        }

        var firme = new List<(SottoscrizioneInput Input, string Comune, long? Elettore)>();
        foreach (var f in lista.Sottoscrizioni)
        {
            var comune = await RisolviComune(connection, ufficio, territorio, f.Comune, cancellationToken);
            firme.Add((f, comune.Code, Abbina(elettorato, comune.Code, f.Nome, f.DataNascita)));
        }

        var listaId = await Sql.UnicoAsync(
            () => Sql.ScalarAsync<long>(connection, "INSERT INTO sg_lista (ufficio_id, nome, presented_at, recorded_by) VALUES ($1, $2, $3, $4) RETURNING id",
                cancellationToken, ufficioId, lista.Nome.Trim(), clock.GetCurrentInstant(), by),
            $"Una lista \"{lista.Nome.Trim()}\" è già registrata.");
        var posizione = 0;
        foreach (var (c, comune, elettore) in candidati)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_candidato (lista_id, posizione, nome, sesso, data_nascita, comune_code, carica, amministratore_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, cancellationToken, listaId, ++posizione, c.Nome.Trim(), c.Sesso.ToString(), c.DataNascita, comune, c.Carica, elettore);
        }

        foreach (var (f, comune, elettore) in firme)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_sottoscrizione (lista_id, nome, data_nascita, comune_code, autenticata, amministratore_id) VALUES ($1, $2, $3, $4, $5, $6)
                """, cancellationToken, listaId, f.Nome.Trim(), f.DataNascita, comune, f.Autenticata, elettore);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ListaRegistrata(listaId, lista.Nome.Trim(), candidati.Count, candidati.Count(c => c.Elettore is null), firme.Count, firme.Count(f => f.Elettore is null));
    }

    private static long? Abbina(IReadOnlyDictionary<string, ComuneInCarica> elettorato, string comune, string nome, LocalDate nascita) =>
        elettorato.TryGetValue(comune, out var inCarica)
            ? inCarica.Amministratori.FirstOrDefault(a => a.DataNascita == nascita && Normalizza(a.Nome) == Normalizza(nome))?.Id
            : null;

    /// <summary>
    /// The office's examination of every list filed (AmmissioneListe): candidates between half and all the
    /// seats, candidates and signatories in the electorate, each signature's validity against the filing
    /// deadline of the calendar. Stored as a new act each time; the latest is the one in force.
    /// </summary>
    public async Task<RapportoAmmissione> EsaminaListeAsync(long ufficioId, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        var liste = await ListeRegistrate(connection, ufficioId, cancellationToken);
        if (liste.Count == 0)
        {
            throw new DomainException("Nessuna lista registrata da esaminare.");
        }

        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var territorio = (await Territorio(connection, ufficioId, cancellationToken)).ToDictionary(c => c.Code, c => c.Name);
        var elettori = elettorato.Values.SelectMany(c => c.Amministratori).ToList();
        var nomi = elettori.ToDictionary(a => a.Chiave, a => $"{a.Nome} ({territorio[a.ComuneCode]})");
        foreach (var persona in liste.SelectMany(l => l.Candidati.Select(c => (c.Chiave, c.Nome, c.Comune)).Concat(l.Firme.Select(f => (f.Chiave, f.Nome, f.Comune)))))
        {
            nomi.TryAdd(persona.Chiave, $"{persona.Nome} ({territorio.GetValueOrDefault(persona.Comune, persona.Comune)})");
        }

        var termine = await TerminePresentazione(connection, ufficio, cancellationToken);
        IReadOnlyList<EsitoLista> esiti;
        try
        {
            esiti = AmmissioneListe.Esamina(
                elettori.Select(e => e.Chiave).ToList(), ufficio.Seggi, termine,
                liste.Select(l => new ListaPresentata(l.Nome, l.Candidati.Select(c => c.Chiave).ToList(), l.Firme.Select(f => new Sottoscrizione(f.Chiave, f.Autenticata)).ToList())).ToList());
        }
        catch (DatiElettoraliNonValidiException e)
        {
            throw new DomainException(e.Message);
        }

        var report = esiti.Select(e => new EsitoAmmissione(
            e.Nome, e.Ammessa, e.CandidatiAmmessi.Select(k => nomi[k]).ToList(),
            e.CandidatureRicusate.Select(r => new Ricusazione(nomi[r.ElettoreId], r.Motivo)).ToList(),
            e.MinimoCandidati, e.SottoscrizioniValide, e.MinimoSottoscrizioni,
            e.SottoscrizioniNulle.Select(n => new FirmaNulla(nomi[n.ElettoreId], n.Autenticazione, n.Motivo)).ToList(),
            e.MotiviRicusazione)).ToList();
        var now = clock.GetCurrentInstant();
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_ammissione (ufficio_id, termine, examined_at, examined_by, report) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id
            """, cancellationToken, ufficioId, termine, now, by, JsonSerializer.Serialize(report, JsonSecondoGrado.Options));
        foreach (var (lista, esito) in liste.Zip(esiti))
        {
            var ammessi = esito.CandidatiAmmessi.Select(k => lista.Candidati.First(c => c.Chiave == k).Id).ToArray();
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_ammissione_lista (ammissione_id, lista_id, ammessa, candidati_ammessi) VALUES ($1, $2, $3, $4)",
                cancellationToken, id, lista.Id, esito.Ammessa, ammessi);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RapportoAmmissione(id, termine, ufficio.Seggi, elettori.Count, report, now);
    }

    /// <summary>The filing deadline as stored for the ente's act: the 180 days of the signatures count back from it.</summary>
    private static async Task<LocalDate> TerminePresentazione(NpgsqlConnection connection, UfficioInfo ufficio, CancellationToken ct) =>
        (await StoredDeadlines.FindAsync(connection, ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{PresentazioneListeRule}", ct))?.DueDate
        ?? throw new DomainException($"Il calendario {ufficio.Consultation} non data la presentazione delle liste.");

    private static async Task RifiutaDopoLaProclamazione(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var proclamata = await Sql.QueryAsync(connection, "SELECT proclaimed_at FROM sg_proclamazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => r.GetFieldValue<Instant>(0), ct, ufficioId);
        if (proclamata.Count > 0)
        {
            throw new DomainException($"Gli eletti sono già stati proclamati il {DateItaliane.Testo(proclamata[0].InZone(RomeTime.Zone).Date)}: il procedimento è chiuso.");
        }
    }

    private static async Task<List<ListaSalvata>> ListeRegistrate(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var liste = await Sql.QueryAsync(connection, "SELECT id, nome FROM sg_lista WHERE ufficio_id = $1 ORDER BY id", r => (Id: r.GetInt64(0), Nome: r.GetString(1)), ct, ufficioId);
        var candidati = (await Sql.QueryAsync(connection, """
            SELECT c.id, c.lista_id, c.nome, c.sesso, c.data_nascita, c.comune_code, c.amministratore_id
            FROM sg_candidato c JOIN sg_lista l ON l.id = c.lista_id WHERE l.ufficio_id = $1 ORDER BY c.lista_id, c.posizione
            """, r => (Lista: r.GetInt64(1), Candidato: new CandidatoSalvato(r.GetInt64(0), r.GetString(2), SessoDa(r.GetString(3)), r.GetFieldValue<LocalDate>(4),
                r.GetString(5), Sql.Nullable<long>(r, 6))), ct, ufficioId)).ToLookup(c => c.Lista, c => c.Candidato);
        var firme = (await Sql.QueryAsync(connection, """
            SELECT s.id, s.lista_id, s.nome, s.comune_code, s.autenticata, s.amministratore_id
            FROM sg_sottoscrizione s JOIN sg_lista l ON l.id = s.lista_id WHERE l.ufficio_id = $1 ORDER BY s.id
            """, r => (Lista: r.GetInt64(1), Firma: new FirmaSalvata(r.GetInt64(0), r.GetString(2), r.GetString(3), r.GetFieldValue<LocalDate>(4), Sql.Nullable<long>(r, 5))),
            ct, ufficioId)).ToLookup(f => f.Lista, f => f.Firma);
        return liste.Select(l => new ListaSalvata(l.Id, l.Nome, candidati[l.Id].ToList(), firme[l.Id].ToList())).ToList();
    }

    private sealed record ListaSalvata(long Id, string Nome, IReadOnlyList<CandidatoSalvato> Candidati, IReadOnlyList<FirmaSalvata> Firme);

    /// <summary>A candidate as filed; one not matched to an elector gets a key of their own, which is in no electorate.</summary>
    private sealed record CandidatoSalvato(long Id, string Nome, Sesso Sesso, LocalDate DataNascita, string Comune, long? Elettore)
    {
        public string Chiave => Elettore is { } id ? "a" + id : "c" + Id;

        public string ChiaveScrutinio => "c" + Id;
    }

    private sealed record FirmaSalvata(long Id, string Nome, string Comune, LocalDate Autenticata, long? Elettore)
    {
        public string Chiave => Elettore is { } id ? "a" + id : "s" + Id;
    }
}
