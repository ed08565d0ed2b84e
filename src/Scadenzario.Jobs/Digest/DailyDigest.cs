using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Digest;

/// <summary>
/// The morning digest: for the day of an instant in Rome, every open act due that day, opening that
/// day, overdue, or due in the next seven days, grouped by ente and then by person, so that one
/// segretario serving many comuni gets one message with a section per comune. An ente with nothing
/// to say produces nothing. The messages go to the outbox in one transaction, keyed by recipient and
/// day: the digest of a day is written once however often the job runs.
/// </summary>
public sealed class DailyDigest(NpgsqlDataSource dataSource, Actors actors, JobsOptions options)
{
    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        var day = at.InZone(RomeTime.Zone).Date;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var digests = await PlanAsync(connection, transaction, day, cancellationToken);
        var messages = Compose(digests, options);
        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    /// <summary>Composes each digest; pure, and parallel because at national scale it is thousands of messages.</summary>
    public static IReadOnlyList<OutboxMessage> Compose(IReadOnlyList<DigestMail> digests, JobsOptions options) =>
        digests.AsParallel().AsOrdered()
            .Select(d => new OutboxMessage(null, d.Recipient, MessageKinds.Digest, $"giorno:{d.Day:yyyy-MM-dd}", DigestComposer.Compose(d, options)))
            .ToList();

    public async Task<IReadOnlyList<DigestMail>> PlanAsync(LocalDate day, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await PlanAsync(connection, null, day, cancellationToken);
    }

    private async Task<IReadOnlyList<DigestMail>> PlanAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, LocalDate day, CancellationToken cancellationToken)
    {
        var horizon = day.PlusDays(DigestComposer.UpcomingDays);
        var byEnte = new Dictionary<string, (List<TaskItem> Today, List<TaskItem> Overdue, List<TaskItem> Upcoming)>();
        await using (var command = new NpgsqlCommand($"""
            SELECT {TaskQueries.TaskColumns}, a.ente_code
            FROM adempimento a
            WHERE a.status = 'da_fare' AND a.due_date IS NOT NULL
              AND (a.due_date BETWEEN @today AND @horizon
                   OR a.start_date = @today
                   OR (a.due_date < @today AND a.actor = ANY(@own) AND a.kind = ANY(@kinds)))
            ORDER BY a.ente_code, a.due_local, a.id
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("today", day);
            command.Parameters.AddWithValue("horizon", horizon);
            command.Parameters.AddWithValue("own", Actors.OwnedByEnte.ToArray());
            command.Parameters.AddWithValue("kinds", Actors.KindsWithDeadline.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var task = TaskQueries.ReadTask(reader, actors);
                var ente = reader.GetString(TaskQueries.TaskColumnCount);
                if (!byEnte.TryGetValue(ente, out var lists))
                {
                    byEnte[ente] = lists = ([], [], []);
                }

                (task.DueDate == day || task.StartDate == day ? lists.Today
                    : task.DueDate < day ? lists.Overdue
                    : lists.Upcoming).Add(task);
            }
        }

        var enti = await TaskQueries.EntiAsync(connection, transaction, byEnte.Keys, cancellationToken);
        var byRecipient = new Dictionary<string, (string Address, List<DigestSection> Sections)>();
        foreach (var (code, lists) in byEnte)
        {
            if (!enti.TryGetValue(code, out var ente))
            {
                continue;
            }

            var section = new DigestSection(ente.Ente, lists.Today, lists.Overdue, lists.Upcoming);
            foreach (var address in ente.Recipients())
            {
                var key = TaskQueries.Key(address);
                if (!byRecipient.TryGetValue(key, out var entry))
                {
                    byRecipient[key] = entry = (address, []);
                }

                entry.Sections.Add(section);
            }
        }

        return [.. byRecipient.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new DigestMail(
            r.Value.Address,
            day,
            [.. r.Value.Sections.OrderBy(s => s.Ente.Name, TaskQueries.ItalianOrder).ThenBy(s => s.Ente.Code, StringComparer.Ordinal)]))];
    }
}
