using NodaTime;
using Npgsql;
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
        var rows = new List<(long AuditId, string EnteCode, string PrefetturaCode, string Prefettura, Completion Completion)>();
        await using (var command = new NpgsqlCommand($"""
            SELECT {TaskQueries.TaskColumns}, au.id, a.ente_code, p.name, p.code, au.at, coalesce(nullif(u.display_name, ''), au.actor),
                   au.details ->> 'protocollo', au.details ->> 'nota'
            FROM adempimento_audit au
            JOIN adempimento a ON a.id = au.adempimento_id
            JOIN ente e ON e.code = a.ente_code
            JOIN prefettura p ON p.code = e.prefettura_code
            -- The prefettura reads who completed the act by name; the audit keeps the user name.
            LEFT JOIN asp_net_users u ON u.user_name = au.actor
            WHERE au.id > @from AND au.id <= @to AND au.action = 'completato' AND a.assicurazione_prefetto
            ORDER BY au.id
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("to", to);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var c = TaskQueries.TaskColumnCount;
            while (await reader.ReadAsync(cancellationToken))
            {
                var task = TaskQueries.ReadTask(reader, actors);
                rows.Add((reader.GetInt64(c), reader.GetString(c + 1), reader.GetString(c + 3), reader.GetString(c + 2),
                    new Completion(new EnteRef(reader.GetString(c + 1), "", ""), task, reader.GetFieldValue<Instant>(c + 4), reader.GetString(c + 5),
                        reader.IsDBNull(c + 6) ? null : reader.GetString(c + 6), reader.IsDBNull(c + 7) ? null : reader.GetString(c + 7))));
            }
        }

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
