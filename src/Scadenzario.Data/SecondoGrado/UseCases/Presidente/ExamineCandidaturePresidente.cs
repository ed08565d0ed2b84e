using System.Globalization;
using System.Text.Json;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni.Liste;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record ExamineCandidaturePresidenteInput(long UfficioId, string By);

/// <summary>
/// The office's examination of every candidacy filed (AmmissionePresidente): a sindaco in office, 18 months
/// of mandate left at the vote, 15% of the published electors as valid signatures, each signature judged
/// as a list's. Needs the published electorate. Stored as a new act each time; the latest is in force.
/// </summary>
public sealed class ExamineCandidaturePresidente(NpgsqlDataSource dataSource, IClock clock)
{
    private const string PresentazionePresidenteRule = "presentazione-candidature-presidente";

    public async Task<RapportoAmmissionePresidente> HandleAsync(ExamineCandidaturePresidenteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, by) = input;
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var candidature = await CandidatureRegistrate(connection, ufficioId, cancellationToken);
        if (candidature.Count == 0)
        {
            throw new RefusedByRuleException("Nessuna candidatura a presidente registrata da esaminare.");
        }

        var pubblicati = await Sql.QueryAsync(connection, "SELECT elettori FROM sg_pubblicazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => r.GetInt32(0), cancellationToken, ufficioId);
        if (pubblicati.Count == 0)
        {
            throw new RefusedByRuleException("Il corpo elettorale non è ancora pubblicato (secondo-grado elettorato pubblica): il minimo di sottoscrizioni si calcola sugli aventi diritto pubblicati.");
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

        await atto.CommitAsync(cancellationToken);
        return new RapportoAmmissionePresidente(id, termine, ufficio.GiornoVotazione, pubblicati[0], minimo, report, now);
    }

    /// <summary>The filing deadline of the candidacies as the calendar dates it: the 180 days of the signatures count back from it.</summary>
    /// <summary>The filing deadline as stored for the ente's act (the tornata's own date, not a re-derivation): the signatures' window counts back from it.</summary>
    private static async Task<LocalDate> TermineCandidaturePresidente(NpgsqlConnection connection, UfficioInfo ufficio, CancellationToken ct) =>
        (await StoredDeadlines.FindAsync(connection, ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{PresentazionePresidenteRule}", ct))?.DueDate
        ?? throw new RefusedByRuleException($"Il calendario {ufficio.Consultation} non data la presentazione delle candidature a presidente.");

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

    private sealed record CandidaturaSalvata(long Id, string Nome, string Comune, LocalDate FineMandato, long? Elettore, IReadOnlyList<FirmaSalvata> Firme)
    {
        /// <summary>The candidate's elector key; one not matched gets a key of their own, which is in no electorate.</summary>
        public string Chiave => Elettore is { } id ? "a" + id.ToString(CultureInfo.InvariantCulture) : "p" + Id.ToString(CultureInfo.InvariantCulture);

        /// <summary>The candidacy itself, as the examination names it.</summary>
        public string Atto => "k" + Id.ToString(CultureInfo.InvariantCulture);
    }
}
