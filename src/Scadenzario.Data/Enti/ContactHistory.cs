using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Enti;

/// <summary>One change of one contact: who, when, the old and the new value (null: empty).</summary>
public sealed record ContactChange(Instant At, string Actor, ContactField Field, string? From, string? To);

/// <summary>The history of an ente's contacts and of its prefettura's address, the latest first (<c>contatto_storico</c>).</summary>
public static class ContactHistory
{
    public const int Limit = 200;

    public static async Task<IReadOnlyList<ContactChange>> OfEnteAsync(NpgsqlDataSource dataSource, string code, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT s.at, s.actor, s.field, s.from_value, s.to_value
            FROM contatto_storico s
            WHERE s.ente_code = $1 OR s.prefettura_code = (SELECT prefettura_code FROM ente WHERE code = $1)
            ORDER BY s.id DESC
            LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        command.Parameters.Add(new NpgsqlParameter { Value = Limit });
        var changes = new List<ContactChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new ContactChange(reader.GetFieldValue<Instant>(0), reader.GetString(1), ContactFields.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return changes;
    }
}
