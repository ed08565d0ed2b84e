using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Scadenzario.Jobs.Outbox;

/// <summary>
/// Writes messages to the outbox inside the caller's transaction: the decision to send and the
/// message commit together or not at all. A message already there (same ente, recipient, kind and
/// task or day) is skipped, which is what makes a job safe to run twice, or on two nodes at once.
/// The acts each message links to are kept with it, and an earlier digest that a new one makes
/// useless is closed (<see cref="DigestSupersession"/>).
/// </summary>
public static class OutboxWriter
{
    // Rows per INSERT: large enough to keep round trips few at national scale, small enough to keep
    // each statement's parameters (whole HTML bodies) well within memory.
    private const int Chunk = 500;

    /// <summary>Returns how many messages were new.</summary>
    public static async Task<int> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxMessage> messages, Instant now, CancellationToken cancellationToken)
    {
        var inserted = 0;
        for (var offset = 0; offset < messages.Count; offset += Chunk)
        {
            var chunk = messages.Skip(offset).Take(Chunk).ToList();
            await using var command = new NpgsqlCommand("""
                INSERT INTO outbox (ente_code, recipient, kind, dedup_key, subject, text_body, html_body, next_attempt_at, created_at, retry_from, acts)
                SELECT m.ente_code, m.recipient, m.kind, m.dedup_key, m.subject, m.text_body, m.html_body, @now, @now, @now,
                       coalesce(string_to_array(m.acts, ',')::bigint[], '{}')
                FROM unnest(@ente, @recipient, @kind, @dedup, @subject, @text, @html, @acts)
                     AS m (ente_code, recipient, kind, dedup_key, subject, text_body, html_body, acts)
                ON CONFLICT ON CONSTRAINT outbox_once DO NOTHING
                """, connection, transaction);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.Add(new NpgsqlParameter("ente", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(m => (object?)m.EnteCode ?? DBNull.Value).ToArray() });
            command.Parameters.Add(Texts("recipient", chunk.Select(m => m.Recipient)));
            command.Parameters.Add(Texts("kind", chunk.Select(m => m.Kind)));
            command.Parameters.Add(Texts("dedup", chunk.Select(m => m.DedupKey)));
            command.Parameters.Add(Texts("subject", chunk.Select(m => m.Content.Subject)));
            command.Parameters.Add(Texts("text", chunk.Select(m => m.Content.Text)));
            command.Parameters.Add(Texts("html", chunk.Select(m => m.Content.Html)));
            // A text per message, as unnest cannot take an array of arrays of different lengths.
            command.Parameters.Add(Texts("acts", chunk.Select(m => string.Join(',', ListedActs.Of(m.Content.Html)))));
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await DigestSupersession.CloseSupersededAsync(connection, transaction, messages, now, cancellationToken);

        return inserted;
    }

    /// <summary>Opens a transaction, writes the messages, commits.</summary>
    public static async Task<int> EnqueueAsync(NpgsqlDataSource dataSource, IReadOnlyList<OutboxMessage> messages, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await EnqueueAsync(connection, transaction, messages, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static NpgsqlParameter Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
