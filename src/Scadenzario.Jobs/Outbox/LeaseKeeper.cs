using NodaTime;
using Npgsql;

namespace Scadenzario.Jobs.Outbox;

/// <summary>What taking a claimed message for its attempt returned.</summary>
internal readonly record struct Take(int Attempt, Instant RetryFrom);

/// <summary>
/// The lease of the one message a sender is working on. <see cref="TakeAsync"/> checks, in the same
/// statement that renews the lease and counts the attempt, that the claim is still this node's (a
/// message left waiting in a batch past its lease may have gone to another node, which then owns
/// it); <see cref="Start"/> renews the lease every third of its length until the attempt is
/// recorded, however long the relay takes. Renewal only ever extends a claim still held by this
/// node, so it cannot take a message back.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private LeaseKeeper(NpgsqlDataSource dataSource, IClock clock, TimeSpan lease, long id, string node)
    {
        loop = RenewAsync(dataSource, clock, lease, id, node, stop.Token);
    }

    public static async Task<Take?> TakeAsync(NpgsqlDataSource dataSource, IClock clock, TimeSpan lease, long id, string node, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE outbox SET locked_until = @until, attempts = attempts + 1
            WHERE id = @id AND status = 'pending' AND locked_by = @node
            RETURNING attempts, coalesce(retry_from, created_at)
            """);
        command.Parameters.AddWithValue("until", clock.GetCurrentInstant() + Duration.FromTimeSpan(lease));
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("node", node);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Take(reader.GetInt32(0), reader.GetFieldValue<Instant>(1)) : null;
    }

    public static LeaseKeeper Start(NpgsqlDataSource dataSource, IClock clock, TimeSpan lease, long id, string node) =>
        new(dataSource, clock, lease, id, node);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped between two renewals: the attempt is being recorded.
        }

        stop.Dispose();
    }

    private static async Task RenewAsync(NpgsqlDataSource dataSource, IClock clock, TimeSpan lease, long id, string node, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease / 3);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await using var command = dataSource.CreateCommand(
                "UPDATE outbox SET locked_until = @until WHERE id = @id AND status = 'pending' AND locked_by = @node");
            command.Parameters.AddWithValue("until", clock.GetCurrentInstant() + Duration.FromTimeSpan(lease));
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("node", node);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
            {
                // The database did not answer this time: the lease still has two thirds to run, the next tick tries again.
            }
        }
    }
}
