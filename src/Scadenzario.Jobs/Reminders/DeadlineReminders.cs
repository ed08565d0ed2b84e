using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// The reminders of a morning: each open act of an ente's offices (chosen by <see cref="ActSelections.ComingAsync"/>) whose deadline is one of its
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
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            foreach (var act in await ActSelections.ComingAsync(db, ActClock.At(at), day.PlusDays(policy.MaxOffset), cancellationToken))
            {
                var daysBefore = Period.Between(day, act.DueDate!.Value, PeriodUnits.Days).Days;
                if (policy.OffsetsFor(act.RuleId).Contains(daysBefore))
                {
                    due.Add((TaskQueries.Item(act, actors), act.EnteCode, daysBefore));
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
