using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Digest;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// The one separate message about an office's act: what cannot wait for the next morning.
/// <para>
/// Reminders (3 days, the day before, the day itself) are in the digest (<see cref="DailyDigest"/>),
/// which carries every open act due before the following digest. So the only act that no digest
/// tells in time is one that became what it is after this morning's digest was composed: created,
/// dated by an event, moved, reopened or activated after the digest's run (<see cref="DailyDigest.RunsAt"/>)
/// and due before the next run: an event recorded at 10 that dates an act "entro le ore 18", a
/// reopened act due tomorrow at 7. Each such act gets one "avviso urgente" per person, at the job's
/// first run after the change (every quarter hour), keyed by act and due instant in the outbox, so
/// it is written once, and again only if the act moves again. An act due before the digest's run of
/// its own day (before 7:30) is, like every other, in the previous day's digest, marked "domani".
/// </para>
/// <para>
/// The other messages that do not wait are not the office's: the assicurazione al Prefetto on
/// completion (<see cref="AssicurazioniPrefetto"/>) and the deadlines a postponement moved
/// (<c>PostponementNotices</c>). Who receives is <see cref="RecipientBook"/>'s, kind <see cref="NotificationKind.Urgente"/>.
/// </para>
/// </summary>
public sealed class UrgentNotices(NpgsqlDataSource dataSource, Actors actors, JobsOptions options)
{
    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var clock = ActClock.At(at);
        var urgent = new List<(TaskItem Task, string EnteCode, Instant DueAt)>();
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            foreach (var act in await ActSelections.UrgentAsync(db, clock, DailyDigest.LastRun(at), DailyDigest.NextRun(at), cancellationToken))
            {
                urgent.Add((TaskQueries.Item(act, actors), act.EnteCode, act.DueAt!.Value));
            }
        }

        var codes = urgent.Select(u => u.EnteCode).Distinct().ToList();
        var enti = await TaskQueries.EntiAsync(connection, transaction, codes, cancellationToken);
        var book = await RecipientBook.LoadAsync(connection, transaction, codes, cancellationToken);
        var messages = new List<OutboxMessage>();
        foreach (var (task, code, dueAt) in urgent)
        {
            var content = UrgentComposer.Compose(enti[code].Ente, task, clock.Today, options);
            messages.AddRange(book.ForEnte(code, NotificationKind.Urgente).Select(to =>
                new OutboxMessage(code, to, MessageKinds.Promemoria, $"urgente:{task.Id}:{RomeTime.InRome(dueAt):yyyy-MM-dd'T'HH:mm}", content)));
        }

        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
