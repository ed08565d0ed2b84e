using Npgsql;

namespace Scadenzario.Jobs.Composition;

/// <summary>
/// Reads an append-only history table (moves, audit) from where the previous run stopped. The
/// cursor row is locked for the transaction, so two nodes take turns. The end of the range is read
/// under a SHARE lock of the table, which waits for every transaction still writing to it: ids are
/// taken in order but committed in any order, and without the wait a row committed late with a lower
/// id than the cursor would never be read. That lock is taken in a transaction of its own, ended at
/// once, so completions are held up for an instant and not while the messages are composed.
/// </summary>
internal static class HistoryCursor
{
    public static async Task<(long From, long To)> BeginAsync(
        NpgsqlDataSource dataSource, NpgsqlConnection connection, NpgsqlTransaction transaction, string name, string table, CancellationToken cancellationToken)
    {
        long from;
        await using (var cursor = new NpgsqlCommand("SELECT last_id FROM notification_cursor WHERE name = @name FOR UPDATE", connection, transaction))
        {
            cursor.Parameters.AddWithValue("name", name);
            from = (long)(await cursor.ExecuteScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException($"notification_cursor '{name}' is missing: is migration 0004 applied?"));
        }

        long to;
        await using (var own = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using var settled = await own.BeginTransactionAsync(cancellationToken);
            await using (var lockTable = new NpgsqlCommand($"LOCK TABLE {table} IN SHARE MODE", own, settled))
            {
                await lockTable.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var max = new NpgsqlCommand($"SELECT coalesce(max(id), 0) FROM {table}", own, settled))
            {
                to = (long)(await max.ExecuteScalarAsync(cancellationToken))!;
            }

            await settled.CommitAsync(cancellationToken);
        }

        return (from, Math.Max(from, to));
    }

    public static async Task AdvanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, long to, CancellationToken cancellationToken)
    {
        await using var update = new NpgsqlCommand("UPDATE notification_cursor SET last_id = @to WHERE name = @name", connection, transaction);
        update.Parameters.AddWithValue("to", to);
        update.Parameters.AddWithValue("name", name);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
