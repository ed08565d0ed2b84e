using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// The segretari's acts of a second-level election live on the comuni, which are not participants of the
/// consultation (the ente is), so the synchronizer does not see them. This keeps them in step when the
/// voting day moves: same dates as the ente's calendar, each move logged like any other.
/// </summary>
public static class AttiDeiComuni
{
    /// <summary>Re-dates the comuni's acts of every office of the tornata; call inside the postponement's transaction.</summary>
    public static async Task<int> AllineaAsync(
        NpgsqlConnection connection, CalendarSet calendars, long tornataId, string actor, string reason, Instant now, CancellationToken ct)
    {
        var uffici = await Sql.QueryAsync(connection, """
            SELECT u.consultation, e.region_name, e.special_statute, t.voting_days,
                   (SELECT coalesce(sum(c.population), 0) FROM sg_comune c WHERE c.ufficio_id = u.id), e.code, t.parametri::text
            FROM sg_ufficio u JOIN ente e ON e.code = u.ente_code JOIN tornata t ON t.id = u.tornata_id
            WHERE u.tornata_id = $1
            """, r => (Consultation: r.GetString(0), Region: r.GetString(1), SpecialStatute: r.GetBoolean(2), VotingDays: r.GetFieldValue<LocalDate[]>(3),
                Population: r.GetInt64(4), Province: r.GetString(5), Parameters: TornataParameters.FromJson(r.GetString(6))), ct, tornataId);
        var spostati = 0;
        foreach (var u in uffici)
        {
            var type = ConsultationTypes.TryParse(u.Consultation, out var t) ? t : throw new InvalidOperationException(u.Consultation);
            var calendar = calendars.Derive(new ElectionFacts
            {
                VotingDays = u.VotingDays.Length == 1 ? VotingDays.OneDay(u.VotingDays[0]) : VotingDays.TwoDays(u.VotingDays[0], u.VotingDays[1]),
                Consultations = [type],
                Population = (int)Math.Clamp(u.Population, 1, int.MaxValue),
                Region = u.Region,
                SpecialStatute = u.SpecialStatute,
                Province = u.Province,
                Parameters = u.Parameters,
            });
            foreach (var d in calendar.Deadlines.Where(d => d.Rule.Actor == "segretario" && d.Rule.Consultation == type && !d.Pending))
            {
                spostati += await Sposta(connection, tornataId, d, actor, reason, now, ct);
            }
        }

        return spostati;
    }

    private static async Task<int> Sposta(NpgsqlConnection connection, long tornataId, Deadline d, string actor, string reason, Instant now, CancellationToken ct)
    {
        await using var command = Sql.Command(connection, """
            WITH target AS (
                SELECT a.id, a.due_local AS old_due FROM adempimento a JOIN ente e ON e.code = a.ente_code
                WHERE a.tornata_id = $1 AND a.rule_id = $2 AND e.kind = 'comune' AND a.due_local IS DISTINCT FROM $5
            ), moved AS (
                INSERT INTO adempimento_move (adempimento_id, moved_at, from_due_local, to_due_local, reason)
                SELECT id, $8, old_due, $5, $10 FROM target
            ), updated AS (
                UPDATE adempimento a SET start_date = $3, due_date = $4, due_local = $5, due_at = $6, offset_days = $7, row_version = a.row_version + 1
                FROM target t WHERE a.id = t.id
                RETURNING a.id, a.status, t.old_due
            )
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT id, $8, $9, 'spostato', status, status, jsonb_build_object('reason', $10, 'from', old_due, 'to', $5) FROM updated
            """, tornataId, d.Rule.Id, d.StartDate, d.Date, d.DueLocal, d.DueLocal is { } local ? RomeTime.ToInstant(local) : (object?)null,
            d.OffsetDays, now, actor, reason);
        command.Parameters[2].NpgsqlDbType = NpgsqlDbType.Date;
        command.Parameters[4].NpgsqlDbType = NpgsqlDbType.Timestamp;
        command.Parameters[5].NpgsqlDbType = NpgsqlDbType.TimestampTz;
        command.Parameters[6].NpgsqlDbType = NpgsqlDbType.Integer;
        command.Parameters[9].NpgsqlDbType = NpgsqlDbType.Text;
        return await command.ExecuteNonQueryAsync(ct);
    }
}
