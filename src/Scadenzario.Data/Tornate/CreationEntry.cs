using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Tornate;

/// <summary>
/// The record of when, by whom and why a synchronisation created acts (<c>adempimento_creazione</c>,
/// migrations/0026): one entry per synchronisation that creates any, written the first time it is
/// needed; each act created refers to it, and its history shows it as its creation.
/// </summary>
internal sealed class CreationEntry(long tornata, string actor, string reason, Instant now, string calendarVersion)
{
    /// <summary>The entry's id once written; null while the synchronisation has created nothing.</summary>
    public long? Known { get; private set; }

    public async Task<long> IdAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (Known is { } id)
        {
            return id;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO adempimento_creazione (tornata_id, at, actor, reason, calendar_version)
            VALUES (@tornata, @now, @actor, @reason, @version) RETURNING id
            """, connection);
        command.Parameters.AddWithValue("tornata", tornata);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("version", calendarVersion);
        Known = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return Known.Value;
    }
}
