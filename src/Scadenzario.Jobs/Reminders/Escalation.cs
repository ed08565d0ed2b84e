using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// The escalation of a day: each act of an ente's offices still open a full day after its deadline
/// is reported to the prefettura of its province, in one message per prefettura per day.
/// </summary>
public sealed class Escalation(NpgsqlDataSource dataSource, Actors actors, JobsOptions options)
{
    /// <summary>How long after its deadline an open act is reported.</summary>
    public static readonly Duration Grace = Duration.FromDays(1);

    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        var day = at.InZone(RomeTime.Zone).Date;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var overdue = new List<(TaskItem Task, string EnteCode)>();
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            // Overdue as every channel says it, at the instant a full day ago.
            foreach (var act in await ActSelections.OverdueAsync(db, ActClock.At(at - Grace), cancellationToken))
            {
                overdue.Add((TaskQueries.Item(act, actors), act.EnteCode));
            }
        }

        var enti = await TaskQueries.EntiAsync(connection, transaction, [.. overdue.Select(o => o.EnteCode).Distinct()], cancellationToken);
        var prefetture = new Dictionary<string, (string Name, string Email)>();
        await using (var command = new NpgsqlCommand("SELECT code, name, email FROM prefettura WHERE email IS NOT NULL AND email <> ''", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                prefetture[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2).Trim());
            }
        }

        var messages = overdue
            .Where(o => enti[o.EnteCode].PrefetturaCode is { } p && prefetture.ContainsKey(p))
            .GroupBy(o => enti[o.EnteCode].PrefetturaCode!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var (name, email) = prefetture[g.Key];
                var sections = g.GroupBy(o => o.EnteCode)
                    .Select(e => new OverdueSection(enti[e.Key].Ente, [.. e.Select(o => o.Task)]))
                    .OrderBy(s => s.Ente.Name, TaskQueries.ItalianOrder)
                    .ToList();
                return new OutboxMessage(g.Key, email, MessageKinds.Sollecito, $"giorno:{day:yyyy-MM-dd}", EscalationComposer.Compose(name, day, sections, options));
            })
            .ToList();

        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
