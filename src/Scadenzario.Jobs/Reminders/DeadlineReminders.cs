using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// The reminders of a morning: each open act of an ente's offices whose deadline is one of its
/// reminder offsets away from the day of the instant in Rome, to the ufficio elettorale and the
/// segretario. Keyed by act, due date and offset: a run repeated (or on two nodes) writes nothing new,
/// and an act whose date moved is reminded again for its new date.
/// </summary>
public sealed class DeadlineReminders(NpgsqlDataSource dataSource, Actors actors, ReminderPolicy policy, JobsOptions options)
{
    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        var day = at.InZone(RomeTime.Zone).Date;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = new List<(TaskItem Task, string EnteCode, int DaysBefore)>();
        await using (var command = new NpgsqlCommand($"""
            SELECT {TaskQueries.TaskColumns}, a.ente_code, a.rule_id
            FROM adempimento a
            WHERE a.status = 'da_fare' AND a.due_date BETWEEN @today AND @horizon
              AND a.actor = ANY(@own) AND a.kind = ANY(@kinds)
            ORDER BY a.due_local, a.id
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("today", day);
            command.Parameters.AddWithValue("horizon", day.PlusDays(policy.MaxOffset));
            command.Parameters.AddWithValue("own", Actors.OwnedByEnte.ToArray());
            command.Parameters.AddWithValue("kinds", Actors.KindsWithDeadline.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var task = TaskQueries.ReadTask(reader, actors);
                var daysBefore = Period.Between(day, task.DueDate!.Value, PeriodUnits.Days).Days;
                if (policy.OffsetsFor(reader.GetString(TaskQueries.TaskColumnCount + 1)).Contains(daysBefore))
                {
                    due.Add((task, reader.GetString(TaskQueries.TaskColumnCount), daysBefore));
                }
            }
        }

        var enti = await TaskQueries.EntiAsync(connection, transaction, [.. due.Select(d => d.EnteCode).Distinct()], cancellationToken);
        var messages = new List<OutboxMessage>();
        foreach (var (task, code, daysBefore) in due)
        {
            var ente = enti[code];
            var content = ReminderComposer.Compose(ente.Ente, task, daysBefore, options);
            messages.AddRange(ente.Recipients().Select(to =>
                new OutboxMessage(code, to, MessageKinds.Promemoria, $"adempimento:{task.Id}:{task.DueDate:yyyy-MM-dd}:{daysBefore}", content)));
        }

        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
