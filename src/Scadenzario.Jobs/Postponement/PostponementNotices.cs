using NodaTime;
using Npgsql;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Postponement;

/// <summary>
/// When a tornata moves (or an event re-dates acts), everyone affected gets one message listing what
/// moved: the moves recorded in <c>adempimento_move</c> since the previous run, grouped by the change
/// that made them (tornata, instant and reason) and then by person, with a section per ente. Who
/// receives is <see cref="RecipientBook"/>'s, kind <see cref="NotificationKind.Rinvio"/>.
/// </summary>
public sealed class PostponementNotices(NpgsqlDataSource dataSource, JobsOptions options)
{
    public const string CursorName = "rinvii";

    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (from, to) = await HistoryCursor.BeginAsync(dataSource, connection, transaction, CursorName, "adempimento_move", cancellationToken);
        var moves = (await NoticeQueries.MovesToNotifyAsync(connection, transaction, from, to, cancellationToken))
            .Select(m => (m.MoveId, m.TornataId, m.TornataName, m.MovedAt, m.Reason, m.EnteCode, Task: new MovedTask(m.TaskId, m.Title, m.From, m.To)))
            .ToList();

        var codes = moves.Select(m => m.EnteCode).Distinct().ToList();
        var enti = await TaskQueries.EntiAsync(connection, transaction, codes, cancellationToken);
        var book = await RecipientBook.LoadAsync(connection, transaction, codes, cancellationToken);
        var messages = new List<OutboxMessage>();
        foreach (var change in moves.GroupBy(m => (m.TornataId, m.TornataName, m.MovedAt, m.Reason)))
        {
            // The first move of the change names it: stable however often the moves are read.
            var key = $"spostamento:{change.Key.TornataId}:{change.Min(m => m.MoveId)}";
            var sections = change.GroupBy(m => m.EnteCode)
                .Select(e => new MovedSection(enti[e.Key].Ente, [.. e.OrderBy(m => m.Task.To).ThenBy(m => m.Task.Id).Select(m => m.Task)]))
                .ToList();
            var byRecipient = sections
                .SelectMany(s => book.ForEnte(s.Ente.Code, NotificationKind.Rinvio).Select(address => (Address: address, Section: s)))
                .GroupBy(r => TaskQueries.Key(r.Address));
            foreach (var recipient in byRecipient)
            {
                var mine = recipient.Select(r => r.Section).OrderBy(s => s.Ente.Name, TaskQueries.ItalianOrder).ToList();
                messages.Add(new OutboxMessage(null, recipient.First().Address, MessageKinds.Rinvio, key,
                    PostponementComposer.Compose(change.Key.TornataName, change.Key.Reason, mine, options)));
            }
        }

        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await HistoryCursor.AdvanceAsync(connection, transaction, CursorName, to, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
