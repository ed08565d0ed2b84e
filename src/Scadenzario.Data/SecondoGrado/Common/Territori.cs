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

namespace Scadenzario.Data.SecondoGrado.Common;

/// <summary>The office's territory and electorate as stored: the comuni, the persons in office, the weighted index they give.</summary>
internal static class Territori
{
    internal static async Task<UfficioInfo> Ufficio(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var rows = await Sql.QueryAsync(connection, """
            SELECT u.id, u.tornata_id, u.ente_code, e.name, u.consultation, u.seggi, u.seggi_elettorali, t.voting_days[1]
            FROM sg_ufficio u JOIN ente e ON e.code = u.ente_code JOIN tornata t ON t.id = u.tornata_id
            WHERE u.id = $1
            """, r => new UfficioInfo(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetFieldValue<LocalDate>(7)),
            ct, ufficioId);
        return rows.Count == 1 ? rows[0] : throw new NotFoundException($"Ufficio elettorale {ufficioId} inesistente.");
    }

    /// <summary>The comuni of the territory, with what fixes their fascia and the size of their council.</summary>
    internal static async Task<List<ComuneDelTerritorio>> Territorio(NpgsqlConnection connection, long ufficioId, CancellationToken ct) =>
        await Sql.QueryAsync(connection, """
            SELECT c.comune_code, e.name, c.population, c.capoluogo
            FROM sg_comune c JOIN ente e ON e.code = c.comune_code
            WHERE c.ufficio_id = $1 ORDER BY e.name, c.comune_code
            """, r => new ComuneDelTerritorio(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3)), ct, ufficioId);

    /// <summary>
    /// A comune named by ISTAT code or by name. One outside the territory is refused with the reason,
    /// since an attestation or a candidacy sent to the wrong office must not count anywhere.
    /// </summary>
    internal static async Task<ComuneDelTerritorio> RisolviComune(NpgsqlConnection connection, UfficioInfo ufficio, IReadOnlyList<ComuneDelTerritorio> territorio, string comune, CancellationToken ct)
    {
        var chiave = comune.Trim();
        var trovato = territorio.FirstOrDefault(c => c.Code == chiave)
            ?? territorio.SingleOrDefault(c => string.Equals(Normalizza(c.Name), Normalizza(chiave), StringComparison.Ordinal));
        if (trovato is not null)
        {
            return trovato;
        }

        var altrove = await Sql.QueryAsync(connection, "SELECT name, coalesce(province_code, code) FROM ente WHERE code = $1 OR lower(name) = lower($1) LIMIT 1",
            r => (Name: r.GetString(0), Province: r.GetString(1)), ct, chiave);
        throw altrove.Count == 1
            ? new RefusedByRuleException(
                $"Il comune di {altrove[0].Name} ({altrove[0].Province}) non fa parte del territorio della {ufficio.Denominazione}: l'ufficio elettorale non può accoglierne gli atti.")
            : new NotFoundException($"Comune \"{comune}\" sconosciuto: indicare il codice ISTAT o il nome esatto.");
    }

    /// <summary>
    /// The persons in office per attested comune: at the 35th day (the attestations alone), or at the vote
    /// (with every variation applied: cessazioni out, subentri in, commissariamenti empty the comune).
    /// </summary>
    internal static async Task<Dictionary<string, ComuneInCarica>> Elettorato(NpgsqlConnection connection, long ufficioId, bool alGiornoDellaVotazione, CancellationToken ct)
    {
        var attestati = await Sql.QueryAsync(connection, "SELECT comune_code, commissariato FROM sg_attestazione WHERE ufficio_id = $1",
            r => (Code: r.GetString(0), Commissariato: r.GetBoolean(1)), ct, ufficioId);
        var variazioni = await Sql.QueryAsync(connection, "SELECT comune_code, kind, amministratore_id FROM sg_variazione WHERE ufficio_id = $1",
            r => (Code: r.GetString(0), Kind: r.GetString(1), Id: Sql.Nullable<long>(r, 2)), ct, ufficioId);
        var subentrati = variazioni.Where(v => v.Kind == "subentro").Select(v => v.Id!.Value).ToHashSet();
        var cessati = variazioni.Where(v => v.Kind == "cessazione").Select(v => v.Id!.Value).ToHashSet();
        var sciolti = variazioni.Where(v => v.Kind == "commissariamento").Select(v => v.Code).ToHashSet();
        var persone = await Sql.QueryAsync(connection, """
            SELECT id, comune_code, nome, sesso, data_nascita, carica FROM sg_amministratore WHERE ufficio_id = $1 ORDER BY id
            """, r => new Amministratore(r.GetInt64(0), r.GetString(1), r.GetString(2), SessoDa(r.GetString(3)), r.GetFieldValue<NodaTime.LocalDate>(4), r.GetString(5)),
            ct, ufficioId);
        var inCarica = persone
            .Where(p => alGiornoDellaVotazione ? !cessati.Contains(p.Id) : !subentrati.Contains(p.Id))
            .ToLookup(p => p.ComuneCode);
        return attestati.ToDictionary(a => a.Code, a =>
        {
            var commissariato = a.Commissariato || (alGiornoDellaVotazione && sciolti.Contains(a.Code));
            return new ComuneInCarica(commissariato, commissariato ? [] : inCarica[a.Code].ToList());
        });
    }

    internal static long? Abbina(IReadOnlyDictionary<string, ComuneInCarica> elettorato, string comune, string nome, LocalDate nascita) =>
        elettorato.TryGetValue(comune, out var inCarica)
            ? inCarica.Amministratori.FirstOrDefault(a => a.DataNascita == nascita && Normalizza(a.Nome) == Normalizza(nome))?.Id
            : null;

    internal static Ponderazione Pondera(IReadOnlyList<ComuneDelTerritorio> territorio, IReadOnlyDictionary<string, ComuneInCarica> elettorato, bool stimaMancanti)
    {
        var comuni = territorio
            .Where(c => elettorato.ContainsKey(c.Code) || stimaMancanti)
            .Select(c => elettorato.TryGetValue(c.Code, out var e)
                ? new ComuneElettorale(c.Name, c.Popolazione, e.Commissariato ? 0 : e.Amministratori.Count, e.Commissariato)
                : new ComuneElettorale(c.Name, c.Popolazione, ComposizioneConsigli.ElettoriStimati(c.Popolazione, c.Capoluogo)));
        try
        {
            return IndicePonderazione.Calcola(comuni);
        }
        catch (DatiElettoraliNonValidiException e)
        {
            throw new RefusedByRuleException(e.Message);
        }
    }

    /// <summary>The index with the electorate of the voting day: seed 003 art. 19.2 and the recomputation at proclamation.</summary>
    internal static async Task<Ponderazione> PonderazioneEffettiva(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var territorio = await Territorio(connection, ufficioId, ct);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, ct);
        var mancanti = territorio.Count(c => !elettorato.ContainsKey(c.Code));
        return mancanti == 0
            ? Pondera(territorio, elettorato, stimaMancanti: false)
            : throw new RefusedByRuleException($"Mancano ancora {mancanti} attestazioni: il corpo elettorale effettivo non è completo.");
    }

    internal static Sesso SessoDa(string value) => value == "F" ? Sesso.F : Sesso.M;

    /// <summary>Today in Rome, the day the law's terms are counted in.</summary>
    internal static LocalDate Oggi(IClock clock) => clock.GetCurrentInstant().InZone(RomeTime.Zone).Date;

    internal sealed record ComuneDelTerritorio(string Code, string Name, int Popolazione, bool Capoluogo);

    internal sealed record ComuneInCarica(bool Commissariato, IReadOnlyList<Amministratore> Amministratori);
}
