using System.Globalization;
using System.Text;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// The ufficio elettorale of a città metropolitana or provincia (L. 56/2014): it opens its work for a
/// tornata, collects the segretari's attestations, records the changes of the electorate, publishes it,
/// takes the lists, examines them, records the count and proclaims the elected. The arithmetic is the
/// calculators' of Scadenzario.Elezioni; this class stores every act and refuses, in Italian, what the
/// procedure does not allow. Every method is one transaction: on a refusal nothing is written.
/// </summary>
public sealed partial class UfficioElettoraleService(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock)
{
    private const string AttestazioniRule = "attestazioni-segretari";
    private const string PubblicazioneRule = "pubblicazione-aventi-diritto";
    private const string PresentazioneListeRule = "presentazione-liste";

    private readonly AdempimentiService adempimenti = new(dataSource, clock);

    /// <summary>
    /// Opens the office's work for an ente that holds the consultation in the tornata (added with
    /// <c>tornata add-consultation</c>): the comuni of its territory are fixed with their population, and
    /// each gets, through the calendar, the segretario's acts (the attestation on the 35th day, the changes
    /// up to the day before the vote), so the comune's day list, reminders and dashboards show them.
    /// </summary>
    public async Task<UfficioAperto> ApriAsync(long tornataId, string enteCode, string by, int seggiElettorali = 1, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        if (seggiElettorali <= 0)
        {
            throw new DomainException($"Numero di seggi elettorali non valido ({seggiElettorali}): almeno uno.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var partecipazione = await Sql.QueryAsync(connection, """
            SELECT e.name, e.kind, e.region_name, e.special_statute, te.consultations, t.voting_days
            FROM tornata_ente te JOIN ente e ON e.code = te.ente_code JOIN tornata t ON t.id = te.tornata_id
            WHERE te.tornata_id = $1 AND te.ente_code = $2
            """, r => (Name: r.GetString(0), Kind: r.GetString(1), Region: r.GetString(2), SpecialStatute: r.GetBoolean(3),
                Consultations: r.GetFieldValue<string[]>(4), VotingDays: r.GetFieldValue<LocalDate[]>(5)), cancellationToken, tornataId, enteCode);
        if (partecipazione.Count == 0)
        {
            throw new DomainException(
                $"L'ente {enteCode} non partecipa alla tornata {tornataId}: aggiungere prima la consultazione metropolitane o provinciali (tornata add-consultation).");
        }

        var ente = partecipazione[0];
        var consultation = ente.Consultations.FirstOrDefault(c => c is "metropolitane" or "provinciali")
            ?? throw new DomainException($"L'ente {enteCode} non tiene elezioni di secondo grado in questa tornata.");
        if (await Sql.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM sg_ufficio WHERE tornata_id = $1 AND ente_code = $2)", cancellationToken, tornataId, enteCode))
        {
            throw new DomainException($"L'ufficio elettorale di {ente.Name} è già aperto per la tornata {tornataId}.");
        }

        var comuni = await Sql.QueryAsync(connection, """
            SELECT code, population, capoluogo FROM ente
            WHERE kind = 'comune' AND province_code = $1 AND merged_into IS NULL AND population > 0
            ORDER BY code
            """, r => (Code: r.GetString(0), Population: r.GetInt32(1), Capoluogo: r.GetBoolean(2)), cancellationToken, enteCode);
        if (comuni.Count == 0)
        {
            throw new DomainException($"Nessun comune nel territorio di {ente.Name}: importare gli enti (enti import).");
        }

        var popolazione = comuni.Sum(c => (long)c.Population);
        var seggi = consultation == "metropolitane"
            ? ComposizioneConsigli.ConsiglieriMetropolitani(popolazione)
            : ComposizioneConsigli.ConsiglieriProvinciali(popolazione);
        var now = clock.GetCurrentInstant();
        var ufficioId = await Sql.UnicoAsync(
            () => Sql.ScalarAsync<long>(connection, """
                INSERT INTO sg_ufficio (tornata_id, ente_code, consultation, seggi, seggi_elettorali, opened_at, opened_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
                """, cancellationToken, tornataId, enteCode, consultation, seggi, seggiElettorali, now, by),
            $"L'ufficio elettorale di {ente.Name} è già aperto per la tornata {tornataId}.");
        await Sql.ExecuteAsync(connection, """
            INSERT INTO sg_comune (ufficio_id, comune_code, population, capoluogo)
            SELECT $1, c.code, c.population, c.capoluogo FROM unnest($2::text[], $3::int[], $4::bool[]) AS c (code, population, capoluogo)
            """, cancellationToken, ufficioId, comuni.Select(c => c.Code).ToArray(), comuni.Select(c => c.Population).ToArray(), comuni.Select(c => c.Capoluogo).ToArray());

        // The comuni's acts are written by the synchronizer, as every act of the tornata: it reads the
        // territory just stored and derives each comune's own acts from its own facts.
        var creati = (await AdempimentiSynchronizer.SynchronizeAsync(
            connection, calendars, tornataId, comuni.Select(c => c.Code).ToArray(), by, "apertura ufficio elettorale di secondo grado", now, cancellationToken)).Created;
        var attestazione = await StoredDeadlines.FindAsync(connection, tornataId, enteCode, $"{consultation}.{AttestazioniRule}", cancellationToken);
        if (attestazione?.DueDate is not { } fineAttestazioni)
        {
            throw new DomainException($"Il calendario {consultation} non prevede l'attestazione dei segretari comunali ({consultation}.{AttestazioniRule}).");
        }

        await transaction.CommitAsync(cancellationToken);
        var info = new UfficioInfo(ufficioId, tornataId, enteCode, ente.Name, consultation, seggi, seggiElettorali, ente.VotingDays[0]);
        return new UfficioAperto(info, comuni.Count, creati, attestazione.StartDate ?? fineAttestazioni, fineAttestazioni);
    }

    /// <summary>The office of an ente in a tornata.</summary>
    public async Task<UfficioInfo> UfficioAsync(long tornataId, string enteCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await Sql.QueryAsync(connection, "SELECT id FROM sg_ufficio WHERE tornata_id = $1 AND ente_code = $2", r => r.GetInt64(0), cancellationToken, tornataId, enteCode);
        return id.Count == 1
            ? await Ufficio(connection, id[0], cancellationToken)
            : throw new DomainException($"L'ufficio elettorale dell'ente {enteCode} non è aperto per la tornata {tornataId} (secondo-grado apri).");
    }

    private static async Task<UfficioInfo> Ufficio(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var rows = await Sql.QueryAsync(connection, """
            SELECT u.id, u.tornata_id, u.ente_code, e.name, u.consultation, u.seggi, u.seggi_elettorali, t.voting_days[1]
            FROM sg_ufficio u JOIN ente e ON e.code = u.ente_code JOIN tornata t ON t.id = u.tornata_id
            WHERE u.id = $1
            """, r => new UfficioInfo(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetFieldValue<LocalDate>(7)),
            ct, ufficioId);
        return rows.Count == 1 ? rows[0] : throw new DomainException($"Ufficio elettorale {ufficioId} inesistente.");
    }

    /// <summary>
    /// The office, locked for the rest of the transaction: its acts are recorded one at a time, so a check
    /// such as "not yet proclaimed" or "not yet attested" still holds when the act is written.
    /// </summary>
    private static async Task<UfficioInfo> UfficioBloccato(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        await Sql.QueryAsync(connection, "SELECT id FROM sg_ufficio WHERE id = $1 FOR UPDATE", r => r.GetInt64(0), ct, ufficioId);
        return await Ufficio(connection, ufficioId, ct);
    }

    /// <summary>The comuni of the territory, with what fixes their fascia and the size of their council.</summary>
    private static async Task<List<ComuneDelTerritorio>> Territorio(NpgsqlConnection connection, long ufficioId, CancellationToken ct) =>
        await Sql.QueryAsync(connection, """
            SELECT c.comune_code, e.name, c.population, c.capoluogo
            FROM sg_comune c JOIN ente e ON e.code = c.comune_code
            WHERE c.ufficio_id = $1 ORDER BY e.name, c.comune_code
            """, r => new ComuneDelTerritorio(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3)), ct, ufficioId);

    /// <summary>
    /// A comune named by ISTAT code or by name. One outside the territory is refused with the reason,
    /// since an attestation or a candidacy sent to the wrong office must not count anywhere.
    /// </summary>
    private static async Task<ComuneDelTerritorio> RisolviComune(NpgsqlConnection connection, UfficioInfo ufficio, IReadOnlyList<ComuneDelTerritorio> territorio, string comune, CancellationToken ct)
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
        throw new DomainException(altrove.Count == 1
            ? $"Il comune di {altrove[0].Name} ({altrove[0].Province}) non fa parte del territorio della {ufficio.Denominazione}: l'ufficio elettorale non può accoglierne gli atti."
            : $"Comune \"{comune}\" sconosciuto: indicare il codice ISTAT o il nome esatto.");
    }

    /// <summary>Names compared without case, accents or repeated spaces, as the offices type them differently.</summary>
    internal static string Normalizza(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var spazio = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '\'' or '’' or '-')
            {
                spazio = builder.Length > 0;
                continue;
            }

            if (spazio)
            {
                builder.Append(' ');
                spazio = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    private LocalDate Oggi() => clock.GetCurrentInstant().InZone(RomeTime.Zone).Date;

    private static void RichiediAutore(string by)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new DomainException("Indicare chi esegue l'operazione.");
        }
    }

    private static Sesso SessoDa(string value) => value == "F" ? Sesso.F : Sesso.M;

    /// <summary>Completes an act of the ufficio's tasks when still open, so dashboards see the step done.</summary>
    private async Task CompletaSeAperto(long tornataId, string enteCode, string ruleId, string by, string nota, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var ids = await Sql.QueryAsync(connection, """
            SELECT id FROM adempimento WHERE tornata_id = $1 AND ente_code = $2 AND rule_id = $3 AND status = 'da_fare'
            """, r => r.GetInt64(0), ct, tornataId, enteCode, ruleId);
        foreach (var id in ids)
        {
            await adempimenti.CompleteAsync(id, enteCode, by, null, nota, ct);
        }
    }

    private sealed record ComuneDelTerritorio(string Code, string Name, int Popolazione, bool Capoluogo);
}
