using NodaTime;
using Npgsql;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// Tells the prefettura when an act that requires the "assicurazione al Prefetto" is completed: one
/// message per completion recorded in the audit since the previous run. It cannot wait for the next
/// morning: it is the comune's assurance to the prefettura that the act is done. Who receives is
/// <see cref="RecipientBook"/>'s (the prefettura's people, kind <see cref="NotificationKind.Urgente"/>).
/// </summary>
public sealed class AssicurazioniPrefetto(NpgsqlDataSource dataSource, Actors actors, JobsOptions options)
{
    public const string CursorName = "assicurazioni";

    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (from, to) = await HistoryCursor.BeginAsync(dataSource, connection, transaction, CursorName, "adempimento_audit", cancellationToken);
        var completions = await NoticeQueries.CompletionsToAssureAsync(connection, transaction, from, to, cancellationToken);
        // The prefettura reads who completed the act by name; the audit keeps the user name.
        var people = await PeopleNames.LookupAsync(dataSource, completions.Select(c => c.Actor), cancellationToken);
        var rows = completions
            .Select(c => (c.AuditId, EnteCode: c.Task.EnteCode, c.PrefetturaCode, Prefettura: c.PrefetturaName,
                Completion: new Completion(new EnteRef(c.Task.EnteCode, "", ""), TaskQueries.Item(c.Task, actors), c.At, AuditText.Actor(c.Actor, people), c.Protocollo, c.Nota)))
            .ToList();

        var codes = rows.Select(r => r.EnteCode).Distinct().ToList();
        var enti = await TaskQueries.EntiAsync(connection, transaction, codes, cancellationToken);
        var book = await RecipientBook.LoadAsync(connection, transaction, codes, cancellationToken);
        var messages = rows.SelectMany(r =>
        {
            var content = AssicurazioneComposer.Compose(r.Prefettura, r.Completion with { Ente = enti[r.EnteCode].Ente }, options);
            return book.ForPrefettura(r.PrefetturaCode, NotificationKind.Urgente)
                .Select(to => new OutboxMessage(r.EnteCode, to, MessageKinds.Assicurazione, $"completamento:{r.AuditId}", content));
        }).ToList();
        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await HistoryCursor.AdvanceAsync(connection, transaction, CursorName, to, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
