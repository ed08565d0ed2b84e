using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Tornate;

/// <summary>One line of an event's history: its first recording (<see cref="FromDay"/> null) or a correction, with its reason.</summary>
public sealed record EventHistoryEntry(string Event, Instant At, string Actor, LocalDate? FromDay, LocalDate ToDay, string? Reason)
{
    public bool IsCorrection => FromDay is not null;
}

/// <summary>
/// The append-only history of the events of <c>ente_event</c> (table <c>ente_event_audit</c>,
/// migration 0017): the current day lives in ente_event, every day it had lives here.
/// </summary>
public static class EventHistory
{
    /// <summary>The history of an ente's events in a tornata (all tornate when null), oldest first.</summary>
    public static async Task<IReadOnlyList<EventHistoryEntry>> ReadAsync(NpgsqlDataSource dataSource, string enteCode, long? tornataId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand("""
            SELECT event, at, actor, from_day, to_day, reason FROM ente_event_audit
            WHERE ente_code = $1 AND ($2::bigint IS NULL OR tornata_id = $2)
            ORDER BY id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = enteCode });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)tornataId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        var entries = new List<EventHistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new EventHistoryEntry(
                reader.GetString(0),
                reader.GetFieldValue<Instant>(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<LocalDate>(3),
                reader.GetFieldValue<LocalDate>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }

    internal static async Task AppendAsync(
        NpgsqlConnection connection, long tornataId, string enteCode, string eventName, Instant at, string actor, LocalDate? fromDay, LocalDate toDay, string? reason,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO ente_event_audit (tornata_id, ente_code, event, at, actor, from_day, to_day, reason)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tornataId });
        command.Parameters.Add(new NpgsqlParameter { Value = enteCode });
        command.Parameters.Add(new NpgsqlParameter { Value = eventName });
        command.Parameters.Add(new NpgsqlParameter { Value = at });
        command.Parameters.Add(new NpgsqlParameter { Value = actor });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)fromDay ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = toDay });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
