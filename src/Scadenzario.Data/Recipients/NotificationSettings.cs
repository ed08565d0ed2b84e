using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Recipients;

/// <summary>One person's choices; a person who never chose receives everything (<see cref="Everything"/>).</summary>
public sealed record NotificationSettings(bool Riepilogo, bool Urgente, bool Sollecito, bool Rinvio)
{
    public static NotificationSettings Everything { get; } = new(true, true, true, true);

    public bool Wants(NotificationKind kind) => kind switch
    {
        NotificationKind.Riepilogo => Riepilogo,
        NotificationKind.Urgente => Urgente,
        NotificationKind.Sollecito => Sollecito,
        _ => Rinvio,
    };
}

/// <summary>Reads and saves a user's <see cref="NotificationSettings"/> (table <c>notification_settings</c>).</summary>
public sealed class NotificationSettingsStore(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<NotificationSettings> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT digest, urgent, escalation, postponement FROM notification_settings WHERE user_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new NotificationSettings(reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3))
            : NotificationSettings.Everything;
    }

    public async Task SaveAsync(string userId, NotificationSettings settings, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO notification_settings (user_id, digest, urgent, escalation, postponement, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (user_id) DO UPDATE SET digest = excluded.digest, urgent = excluded.urgent,
                escalation = excluded.escalation, postponement = excluded.postponement, updated_at = excluded.updated_at
            """);
        foreach (var value in new object[] { userId, settings.Riepilogo, settings.Urgente, settings.Sollecito, settings.Rinvio, clock.GetCurrentInstant() })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
