using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Calendars;
using Scadenzario.Data.Model;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni.Consiglio;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="SeggiElettorali">The polling stations the office sets up (at least one).</param>
public sealed record OpenUfficioInput(long TornataId, string EnteCode, string By, int SeggiElettorali = 1);

/// <summary>
/// Opens the office's work for an ente that holds the consultation in the tornata (added with
/// <c>tornata add-consultation</c>): the comuni of its territory are fixed with their population, and
/// each gets, through the calendar, the segretario's acts (the attestation on the 35th day, the changes
/// up to the day before the vote), so the comune's day list, reminders and dashboards show them.
/// </summary>
public sealed class OpenUfficio(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock)
{
    public async Task<UfficioAperto> HandleAsync(OpenUfficioInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (tornataId, enteCode, by, seggiElettorali) = input;
        UfficioTransaction.RichiediAutore(by);
        if (seggiElettorali <= 0)
        {
            throw new InvalidInputException($"Numero di seggi elettorali non valido ({seggiElettorali}): almeno uno.");
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
            throw new NotFoundException(
                $"L'ente {enteCode} non partecipa alla tornata {tornataId}: l'amministratore deve prima aggiungervi la consultazione metropolitane o provinciali per l'ente.");
        }

        var ente = partecipazione[0];
        var consultation = ente.Consultations.FirstOrDefault(c => c is "metropolitane" or "provinciali")
            ?? throw new RefusedByRuleException($"L'ente {enteCode} non tiene elezioni di secondo grado in questa tornata.");
        if (await Sql.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM sg_ufficio WHERE tornata_id = $1 AND ente_code = $2)", cancellationToken, tornataId, enteCode))
        {
            throw new ConflictException($"L'ufficio elettorale di {ente.Name} è già aperto per la tornata {tornataId}.");
        }

        var comuni = await Sql.QueryAsync(connection, """
            SELECT code, population, capoluogo FROM ente
            WHERE kind = 'comune' AND province_code = $1 AND merged_into IS NULL AND population > 0
            ORDER BY code
            """, r => (Code: r.GetString(0), Population: r.GetInt32(1), Capoluogo: r.GetBoolean(2)), cancellationToken, enteCode);
        if (comuni.Count == 0)
        {
            throw new RefusedByRuleException($"Nessun comune nel territorio di {ente.Name}: l'amministratore deve prima importare gli enti.");
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
            throw new RefusedByRuleException($"Il calendario {consultation} non prevede l'attestazione dei segretari comunali ({consultation}.{AttestazioniRule}).");
        }

        await transaction.CommitAsync(cancellationToken);
        var info = new UfficioInfo(ufficioId, tornataId, enteCode, ente.Name, consultation, seggi, seggiElettorali, ente.VotingDays[0]);
        return new UfficioAperto(info, comuni.Count, creati, attestazione.StartDate ?? fineAttestazioni, fineAttestazioni);
    }
}
