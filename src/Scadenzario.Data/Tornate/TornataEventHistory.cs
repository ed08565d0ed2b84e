using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Tornate;

/// <summary>One line of the history of a tornata's events: <see cref="EventHistoryEntry"/> with the ente it belongs to.</summary>
public sealed record TornataEventHistoryEntry(string EnteCode, string EnteName, EventHistoryEntry Entry);

/// <summary>
/// The history of every event recorded in one tornata (table <c>ente_event_audit</c>, written by
/// <see cref="EventHistory"/>), newest first, for the amministratore's tornata-wide page.
/// </summary>
public static class TornataEventHistory
{
    /// <summary>At most <paramref name="limit"/> lines, newest first: a national tornata can hold one per comune and event.</summary>
    public static async Task<IReadOnlyList<TornataEventHistoryEntry>> ReadAsync(NpgsqlDataSource dataSource, long tornataId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand("""
            SELECT a.ente_code, coalesce(e.name, a.ente_code), a.event, a.at, a.actor, a.from_day, a.to_day, a.reason
            FROM ente_event_audit a LEFT JOIN ente e ON e.code = a.ente_code
            WHERE a.tornata_id = $1
            ORDER BY a.id DESC
            LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = tornataId });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var entries = new List<TornataEventHistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TornataEventHistoryEntry(
                reader.GetString(0),
                reader.GetString(1),
                new EventHistoryEntry(
                    reader.GetString(2),
                    reader.GetFieldValue<Instant>(3),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<LocalDate>(5),
                    reader.GetFieldValue<LocalDate>(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7))));
        }

        return entries;
    }
}
