using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
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
        // The states at the start of the day: the digest of a day says the same whenever it is composed.
        var clock = new ActClock(RomeTime.ToInstant(day.AtMidnight()), day);
        var byEnte = new Dictionary<string, (List<TaskItem> Today, List<TaskItem> Overdue, List<TaskItem> Upcoming)>();
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            foreach (var (ente, item) in await ActSelections.DigestAsync(db, clock, cancellationToken))
            {
                if (!byEnte.TryGetValue(ente, out var lists))
                {
                    byEnte[ente] = lists = ([], [], []);
                }

                var task = TaskQueries.Item(item.Task, actors);
                (item.State == ActState.Scaduto ? lists.Overdue
                    : item.State == ActState.Oggi || item.Task.StartDate == day ? lists.Today
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
