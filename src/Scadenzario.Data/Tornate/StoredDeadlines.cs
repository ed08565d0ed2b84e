using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Tornate;

/// <summary>The days of a stored act: its first day (a period's start; null for a plain deadline) and its due day (null while it waits).</summary>
internal sealed record StoredDates(LocalDate? StartDate, LocalDate? DueDate);

/// <summary>
/// The dates the synchronizer stored for one act of an ente. A caller that needs a date of the
/// calendar (the second-level office: the segretari's window, the filing deadline the signatures
/// count back from) reads it here instead of deriving a calendar again from facts it does not hold:
/// the stored act is derived from the ente's real facts and moves with every postponement.
/// </summary>
internal static class StoredDeadlines
{
    /// <summary>The act's days; null when the ente has no such act, or it is not applicable.</summary>
    public static async Task<StoredDates?> FindAsync(NpgsqlConnection connection, long tornataId, string enteCode, string ruleId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT start_date, due_date FROM adempimento
            WHERE tornata_id = @tornata AND ente_code = @ente AND rule_id = @rule AND status <> 'non_applicabile'
            """, connection);
        command.Parameters.AddWithValue("tornata", tornataId);
        command.Parameters.AddWithValue("ente", enteCode);
        command.Parameters.AddWithValue("rule", ruleId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new StoredDates(reader.IsDBNull(0) ? null : reader.GetFieldValue<LocalDate>(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<LocalDate>(1))
            : null;
    }
}
