using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="TornataId">One tornata, or null for every office.</param>
public sealed record GetOsservatorioInput(long? TornataId = null);

/// <summary>
/// The observatory of seed 000, per province (each open office) and nationally: before the vote the
/// councillors to elect, the electors (as published, otherwise attested or estimated), the polling
/// stations, the lists and candidates (admitted, once examined); after it the voters, the turnout and the
/// elected. <c>TornataId</c> null takes every office.
/// </summary>
public sealed class GetOsservatorio(NpgsqlDataSource dataSource)
{
    public async Task<Osservatorio> HandleAsync(GetOsservatorioInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tornataId = input.TornataId;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var uffici = await Sql.QueryAsync(connection, "SELECT id FROM sg_ufficio WHERE $1::bigint IS NULL OR tornata_id = $1 ORDER BY ente_code, tornata_id",
            r => r.GetInt64(0), cancellationToken, (object?)tornataId ?? DBNull.Value);
        var righe = new List<RigaOsservatorio>();
        foreach (var id in uffici)
        {
            righe.Add(await RigaAsync(connection, id, cancellationToken));
        }

        var votanti = righe.Where(r => r.Votanti is not null).ToList();
        var elettoriAlVoto = votanti.Sum(r => r.AventiDiritto);
        var nazionale = new RigaOsservatorio(
            "nazionale", "", "Totale nazionale", string.Join("+", righe.Select(r => r.Consultazione).Distinct().Order()),
            righe.Sum(r => r.ConsiglieriDaEleggere), righe.Sum(r => r.AventiDiritto), righe.Sum(r => r.SeggiElettorali), righe.Sum(r => r.Liste), righe.Sum(r => r.Candidati),
            votanti.Count == 0 ? null : votanti.Sum(r => r.Votanti!.Value),
            votanti.Count == 0 || elettoriAlVoto == 0 ? null : Affluenza(votanti.Sum(r => r.Votanti!.Value), elettoriAlVoto),
            righe.SelectMany(r => r.Eletti.Select(e => $"{e} — {r.Ente}")).ToList(),
            righe.SelectMany(r => r.CandidatiPresidente.Select(c => $"{c} — {r.Ente}")).ToList(),
            righe.Any(r => r.PresidenteEletto is not null) ? string.Join("; ", righe.Where(r => r.PresidenteEletto is not null).Select(r => $"{r.PresidenteEletto} — {r.Ente}")) : null);
        return new Osservatorio(righe, nazionale);
    }

    private static async Task<RigaOsservatorio> RigaAsync(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ufficio = await Ufficio(connection, ufficioId, ct);
        var pubblicati = await Sql.QueryAsync(connection, "SELECT elettori FROM sg_pubblicazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt32(0), ct, ufficioId);
        var aventiDiritto = pubblicati.Count == 1
            ? pubblicati[0]
            : (await Elettorati.StatoAsync(connection, ufficioId, ct)).Comuni.Sum(c => c.Elettori ?? c.ElettoriStimati);
        var ammissione = await Sql.QueryAsync(connection, "SELECT id FROM sg_ammissione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt64(0), ct, ufficioId);
        var (liste, candidati) = ammissione.Count == 1
            ? (await Sql.QueryAsync(connection, """
                SELECT count(*) FILTER (WHERE ammessa), coalesce(sum(cardinality(candidati_ammessi)) FILTER (WHERE ammessa), 0) FROM sg_ammissione_lista WHERE ammissione_id = $1
                """, r => ((int)r.GetInt64(0), (int)r.GetInt64(1)), ct, ammissione[0]))[0]
            : (await Sql.QueryAsync(connection, """
                SELECT count(DISTINCT l.id), count(c.id) FROM sg_lista l LEFT JOIN sg_candidato c ON c.lista_id = l.id WHERE l.ufficio_id = $1
                """, r => ((int)r.GetInt64(0), (int)r.GetInt64(1)), ct, ufficioId))[0];
        var proclamazione = await Sql.QueryAsync(connection, "SELECT id, elettori, votanti FROM sg_proclamazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => (Id: r.GetInt64(0), Elettori: r.GetInt32(1), Votanti: r.GetInt32(2)), ct, ufficioId);
        var eletti = proclamazione.Count == 0 ? [] : await Sql.QueryAsync(connection, """
            SELECT c.nome, l.nome FROM sg_eletto e JOIN sg_candidato c ON c.id = e.candidato_id JOIN sg_lista l ON l.id = c.lista_id
            WHERE e.proclamazione_id = $1 ORDER BY l.id, e.posizione
            """, r => $"{r.GetString(0)} ({r.GetString(1)})", ct, proclamazione[0].Id);
        var (candidatiPresidente, presidente) = await PresidenteAsync(connection, ufficioId, ct);
        if (proclamazione.Count == 0 && presidente is not null)
        {
            // A province electing only its presidente: the turnout is the presidential ballot's.
            proclamazione = await Sql.QueryAsync(connection, "SELECT id, elettori, votanti FROM sg_proclamazione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
                r => (Id: r.GetInt64(0), Elettori: r.GetInt32(1), Votanti: r.GetInt32(2)), ct, ufficioId);
        }

        int? votanti = proclamazione.Count == 1 ? proclamazione[0].Votanti : null;
        return new RigaOsservatorio(
            ufficio.Consultation == "metropolitane" ? "citta_metropolitana" : "provincia", ufficio.EnteCode, ufficio.Denominazione, ufficio.Consultation,
            ufficio.Seggi, proclamazione.Count == 1 ? proclamazione[0].Elettori : aventiDiritto, ufficio.SeggiElettorali, liste, candidati, votanti,
            proclamazione.Count == 1 && proclamazione[0].Elettori > 0 ? Affluenza(proclamazione[0].Votanti, proclamazione[0].Elettori) : null, eletti,
            candidatiPresidente, presidente);
    }

    /// <summary>The candidates for presidente (admitted once examined, otherwise as filed) and the one proclaimed, as "name (comune)".</summary>
    private static async Task<(List<string> Candidati, string? Eletto)> PresidenteAsync(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ammissione = await Sql.QueryAsync(connection, "SELECT id FROM sg_ammissione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1", r => r.GetInt64(0), ct, ufficioId);
        var candidati = await Sql.QueryAsync(connection, """
            SELECT c.nome || ' (' || e.name || ')' FROM sg_candidatura_presidente c JOIN ente e ON e.code = c.comune_code
            WHERE c.ufficio_id = $1 AND ($2::bigint IS NULL OR EXISTS (
                SELECT 1 FROM sg_ammissione_candidatura_presidente a WHERE a.ammissione_id = $2 AND a.candidatura_id = c.id AND a.ammessa))
            ORDER BY c.id
            """, r => r.GetString(0), ct, ufficioId, ammissione.Count == 1 ? ammissione[0] : DBNull.Value);
        var eletto = await Sql.QueryAsync(connection, """
            SELECT c.nome || ' (' || e.name || ')' FROM sg_proclamazione_presidente p JOIN sg_candidatura_presidente c ON c.id = p.eletto_id JOIN ente e ON e.code = c.comune_code
            WHERE p.ufficio_id = $1 ORDER BY p.id DESC LIMIT 1
            """, r => r.GetString(0), ct, ufficioId);
        return (candidati, eletto.Count == 1 ? eletto[0] : null);
    }

    private static decimal Affluenza(int votanti, int elettori) => Math.Round(votanti * 100m / elettori, 2, MidpointRounding.AwayFromZero);
}
