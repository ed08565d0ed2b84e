using NodaTime;
using Npgsql;

namespace Scadenzario.Jobs.Outbox;

/// <summary>
/// Puts failed messages back in the queue, from the page of the outgoing mail or
/// <c>scadenzario mail ritenta</c>: due at once, with a new retry window, the same Message-ID, and
/// who asked and when kept on the row. Only a failed message can be re-queued: a pending one is
/// already queued, a sent one was delivered, a closed one was replaced by a later message.
/// </summary>
public static class OutboxRequeue
{
    /// <summary>Re-queues the given messages; returns the Italian refusal of each that is not failed (none when all were).</summary>
    public static async Task<IReadOnlyList<string>> RequeueAsync(NpgsqlDataSource dataSource, IReadOnlyList<long> ids, string actor, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var states = new Dictionary<long, string>();
        await using (var select = new NpgsqlCommand("SELECT id, status FROM outbox WHERE id = ANY(@ids) FOR UPDATE", connection, transaction))
        {
            select.Parameters.AddWithValue("ids", ids.ToArray());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                states[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        var refusals = ids.Distinct()
            .Select(id => !states.TryGetValue(id, out var status) ? $"Il messaggio n. {id} non esiste."
                : status != "failed" ? $"Il messaggio n. {id} non è tra quelli non recapitati: è {OutboxStates.Label(status)}."
                : null)
            .OfType<string>()
            .ToList();
        if (refusals.Count > 0)
        {
            // All or nothing: a list with a wrong number is corrected and given again.
            return refusals;
        }

        await Requeue(connection, transaction, "id = ANY(@ids)", ids, actor, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Re-queues every failed message; returns how many.</summary>
    public static async Task<int> RequeueAllFailedAsync(NpgsqlDataSource dataSource, string actor, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var count = await Requeue(connection, transaction, "status = 'failed'", [], actor, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private static async Task<int> Requeue(NpgsqlConnection connection, NpgsqlTransaction transaction, string where, IReadOnlyList<long> ids, string actor, Instant now, CancellationToken cancellationToken)
    {
        // reported_at is cleared: if it fails again, the amministratori are told again.
        await using var update = new NpgsqlCommand($"""
            UPDATE outbox SET status = 'pending', next_attempt_at = @now, retry_from = @now, requeued_at = @now, requeued_by = @actor,
                              reported_at = NULL, locked_until = NULL, locked_by = NULL
            WHERE status = 'failed' AND {where}
            """, connection, transaction);
        update.Parameters.AddWithValue("now", now);
        update.Parameters.AddWithValue("actor", actor);
        update.Parameters.AddWithValue("ids", ids.ToArray());
        return await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
