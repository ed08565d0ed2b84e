using Npgsql;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using static Scadenzario.Data.SecondoGrado.Common.Territori;

namespace Scadenzario.Data.SecondoGrado.Common;

/// <summary>The electorate as the office sees it: each comune's attestation and task, and the latest publication.</summary>
internal static class Elettorati
{
    /// <summary>Which comuni have sent their attestation, how many electors each has now, and their task's state; on the caller's connection, so an act can read what it just wrote.</summary>
    internal static async Task<StatoElettorato> StatoAsync(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ufficio = await Territori.Ufficio(connection, ufficioId, ct);
        var territorio = await Territorio(connection, ufficioId, ct);
        var attestazioni = await Sql.QueryAsync(connection, "SELECT comune_code, commissariato, received_at FROM sg_attestazione WHERE ufficio_id = $1",
            r => (Code: r.GetString(0), Commissariato: r.GetBoolean(1), Ricevuta: r.GetFieldValue<NodaTime.Instant>(2)), ct, ufficioId);
        var tasks = await Sql.QueryAsync(connection, "SELECT ente_code, id, status, due_local FROM adempimento WHERE tornata_id = $1 AND rule_id = $2",
            r => (Code: r.GetString(0), Id: r.GetInt64(1), Status: r.GetString(2), Due: Sql.Nullable<NodaTime.LocalDateTime>(r, 3)),
            ct, ufficio.TornataId, $"{ufficio.Consultation}.{AttestazioniRule}");
        var variazioni = await Sql.QueryAsync(connection, "SELECT comune_code, count(*) FROM sg_variazione WHERE ufficio_id = $1 GROUP BY comune_code",
            r => (Code: r.GetString(0), Count: (int)r.GetInt64(1)), ct, ufficioId);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, ct);

        var perAttestazione = attestazioni.ToDictionary(a => a.Code);
        var perTask = tasks.ToDictionary(t => t.Code);
        var perVariazioni = variazioni.ToDictionary(v => v.Code, v => v.Count);
        var comuni = territorio.Select(c =>
        {
            var attestato = perAttestazione.TryGetValue(c.Code, out var a);
            var task = perTask.TryGetValue(c.Code, out var t) ? t : default;
            var inCarica = elettorato.GetValueOrDefault(c.Code);
            return new StatoComune(
                c.Code, c.Name, c.Popolazione, FasceDemografiche.Di(c.Popolazione, c.Name), attestato, inCarica?.Commissariato ?? false,
                attestato ? inCarica?.Amministratori.Count ?? 0 : null,
                ComposizioneConsigli.ElettoriStimati(c.Popolazione, c.Capoluogo),
                attestato ? a.Ricevuta : null, task.Code is null ? null : task.Id, task.Status, task.Due, perVariazioni.GetValueOrDefault(c.Code));
        }).ToList();
        return new StatoElettorato(ufficio, comuni);
    }

    /// <summary>The latest publication of the electorate, if any, with the figures exactly as published.</summary>
    internal static async Task<ElettoratoPubblicato?> UltimaPubblicazioneAsync(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var ufficio = await Territori.Ufficio(connection, ufficioId, ct);
        var rows = await Sql.QueryAsync(connection, """
            SELECT id, riferimento, elettori, popolazione, minimo_firme_lista, minimo_firme_presidente, comuni_senza_attestazione, published_at,
                   comune_oltre_45, comuni_commissariati
            FROM sg_pubblicazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1
            """, r => (Id: r.GetInt64(0), Rif: r.GetFieldValue<NodaTime.LocalDate>(1), Elettori: r.GetInt32(2), Pop: r.GetInt64(3), Lista: r.GetInt32(4),
                Pres: r.GetInt32(5), Stimati: r.GetFieldValue<string[]>(6), At: r.GetFieldValue<NodaTime.Instant>(7), Oltre45: Sql.NullableString(r, 8),
                Commissariati: r.GetFieldValue<string[]>(9)), ct, ufficioId);
        if (rows.Count == 0)
        {
            return null;
        }

        var p = rows[0];
        var fasce = await Sql.QueryAsync(connection, """
            SELECT fascia, comuni, popolazione, elettori, percentuale, percentuale_dopo_45, percentuale_rettificata, limite, indice
            FROM sg_pubblicazione_fascia WHERE pubblicazione_id = $1 ORDER BY fascia
            """, r => new IndiceFascia(Enum.Parse<Fascia>(r.GetString(0)), r.GetInt32(1), r.GetInt64(2), r.GetInt32(3), r.GetDecimal(4), r.GetDecimal(5),
                r.GetDecimal(6), r.GetInt32(8), Enum.Parse<LimiteApplicato>(r.GetString(7))), ct, p.Id);
        var nomi = (await Territorio(connection, ufficioId, ct)).ToDictionary(c => c.Code, c => c.Name);
        var ponderazione = new Ponderazione(fasce, p.Pop, p.Elettori, p.Oltre45, p.Commissariati);
        return new ElettoratoPubblicato(p.Id, p.Rif, p.Elettori, p.Pop, ufficio.Seggi, p.Lista, p.Pres, p.Stimati.Select(s => nomi.GetValueOrDefault(s, s)).ToList(), ponderazione, p.At);
    }

    internal const string AttestazioniRule = "attestazioni-segretari";
}
