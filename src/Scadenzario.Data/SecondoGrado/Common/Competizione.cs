using System.Globalization;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Elezioni.Presidente;
using static Scadenzario.Elezioni.Nomi;
using Scadenzario.Elezioni.Liste;
using static Scadenzario.Data.SecondoGrado.Common.Territori;

namespace Scadenzario.Data.SecondoGrado.Common;

/// <summary>The lists and candidates as filed and as admitted, and the count recorded for them.</summary>
internal static class Competizioni
{
    internal static async Task<List<ListaSalvata>> ListeRegistrate(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
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

    /// <summary>The admitted lists with their admitted candidates, as the latest examination left them.</summary>
    internal static async Task<Competizione> InCompetizione(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ammissione = await Sql.QueryAsync(connection, "SELECT id FROM sg_ammissione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt64(0), ct, ufficioId);
        if (ammissione.Count == 0)
        {
            throw new RefusedByRuleException("Le liste non sono ancora state esaminate (secondo-grado ammissione).");
        }

        var liste = await Sql.QueryAsync(connection, """
            SELECT l.id, l.nome, al.candidati_ammessi FROM sg_ammissione_lista al JOIN sg_lista l ON l.id = al.lista_id
            WHERE al.ammissione_id = $1 AND al.ammessa ORDER BY l.id
            """, r => (Id: r.GetInt64(0), Nome: r.GetString(1), Candidati: r.GetFieldValue<long[]>(2)), ct, ammissione[0]);
        if (liste.Count == 0)
        {
            throw new RefusedByRuleException("Nessuna lista è stata ammessa.");
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

    internal static async Task<List<ScrutinioFascia>> UltimiScrutini(NpgsqlConnection connection, long ufficioId, Competizione competizione, CancellationToken ct)
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

    /// <summary>The admitted candidacies, as the latest examination left them; the calculators know each as "p" + id.</summary>
    internal static async Task<List<CandidatoAmmesso>> CandidatiAmmessi(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ammissione = await Sql.QueryAsync(connection, "SELECT id FROM sg_ammissione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt64(0), ct, ufficioId);
        if (ammissione.Count == 0)
        {
            throw new RefusedByRuleException("Le candidature a presidente non sono ancora state esaminate (secondo-grado presidente ammissione).");
        }

        var candidati = await Sql.QueryAsync(connection, """
            SELECT c.id, c.nome, c.sesso, c.data_nascita, c.fine_mandato, e.name
            FROM sg_ammissione_candidatura_presidente a JOIN sg_candidatura_presidente c ON c.id = a.candidatura_id JOIN ente e ON e.code = c.comune_code
            WHERE a.ammissione_id = $1 AND a.ammessa ORDER BY c.id
            """, r => new CandidatoAmmesso(r.GetInt64(0), new CandidatoPresidente(
                new Candidato("p" + r.GetInt64(0).ToString(CultureInfo.InvariantCulture), r.GetString(1), SessoDa(r.GetString(2)), r.GetFieldValue<LocalDate>(3)),
                r.GetFieldValue<LocalDate>(4)), r.GetString(5)), ct, ammissione[0]);
        return candidati.Count > 0 ? candidati : throw new RefusedByRuleException("Nessuna candidatura a presidente è stata ammessa.");
    }

    internal static async Task<List<ScrutinioFascia>> UltimiScrutiniPresidente(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
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

    internal sealed record ListaSalvata(long Id, string Nome, IReadOnlyList<CandidatoSalvato> Candidati, IReadOnlyList<FirmaSalvata> Firme);

    /// <summary>A candidate as filed; one not matched to an elector gets a key of their own, which is in no electorate.</summary>
    internal sealed record CandidatoSalvato(long Id, string Nome, Sesso Sesso, LocalDate DataNascita, string Comune, long? Elettore)
    {
        public string Chiave => Elettore is { } id ? "a" + id : "c" + Id;

        public string ChiaveScrutinio => "c" + Id;
    }

    internal sealed record FirmaSalvata(long Id, string Nome, string Comune, LocalDate Autenticata, long? Elettore)
    {
        public string Chiave => Elettore is { } id ? "a" + id : "s" + Id;
    }

    internal sealed record Competizione(
        IReadOnlyList<ListaInCompetizione> Liste,
        IReadOnlyDictionary<string, long> IdLista,
        IReadOnlyDictionary<string, string> ChiavePerNome,
        IReadOnlyDictionary<string, string> Comune);

    internal sealed record CandidatoAmmesso(long Id, CandidatoPresidente Candidato, string Comune);
}
