using NodaTime;
using Npgsql;

namespace Scadenzario.Jobs.Outbox;

/// <summary>One delivery attempt as recorded, with the SMTP server's answer.</summary>
public sealed record OutboxAttemptView(int Attempt, string Node, Instant Started, Instant Finished, bool Succeeded, int? SmtpStatus, string Answer);

/// <summary>One message as the amministratore sees it.</summary>
public sealed record OutboxMessageView(
    long Id, string Kind, string Recipient, string Subject, string Status, int Attempts, Instant Created, Instant NextAttempt,
    Instant? SentAt, string? LastError, string? ClosedReason, Instant? RequeuedAt, string? RequeuedBy, IReadOnlyList<OutboxAttemptView> AttemptLog);

/// <summary>The outgoing mail by state, for the page of the amministratore and <c>scadenzario mail coda</c>.</summary>
public static class OutboxQueries
{
    /// <summary>How many messages in each state.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT status, count(*) FROM outbox GROUP BY status");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = OutboxStates.All.ToDictionary(s => s, _ => 0L);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>The most recent <paramref name="limit"/> messages in a state (newest first), each with its attempts.</summary>
    public static async Task<IReadOnlyList<OutboxMessageView>> ListAsync(NpgsqlDataSource dataSource, string status, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxMessageView>();
        await using (var command = dataSource.CreateCommand("""
            SELECT id, kind, recipient, subject, status, attempts, created_at, next_attempt_at, sent_at, last_error, closed_reason, requeued_at, requeued_by
            FROM outbox WHERE status = @status ORDER BY id DESC LIMIT @limit
            """))
        {
            command.Parameters.AddWithValue("status", status);
            command.Parameters.AddWithValue("limit", limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new OutboxMessageView(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
                    reader.GetFieldValue<Instant>(6), reader.GetFieldValue<Instant>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<Instant>(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.IsDBNull(11) ? null : reader.GetFieldValue<Instant>(11), reader.IsDBNull(12) ? null : reader.GetString(12), []));
            }
        }

        if (rows.Count == 0)
        {
            return rows;
        }

        var attempts = rows.ToDictionary(r => r.Id, _ => new List<OutboxAttemptView>());
        await using (var command = dataSource.CreateCommand("""
            SELECT outbox_id, attempt, node, started_at, finished_at, succeeded, smtp_status, smtp_answer
            FROM outbox_attempt WHERE outbox_id = ANY(@ids) ORDER BY outbox_id, id
            """))
        {
            command.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                attempts[reader.GetInt64(0)].Add(new OutboxAttemptView(
                    reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<Instant>(3), reader.GetFieldValue<Instant>(4), reader.GetBoolean(5),
                    reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.GetString(7)));
            }
        }

        return [.. rows.Select(r => r with { AttemptLog = attempts[r.Id] })];
    }
}
