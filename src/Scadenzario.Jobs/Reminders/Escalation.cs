using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// The escalation of a day: one message per prefettura, a table with a row per ente of its
/// provinces that has overdue acts of its offices (how many, the most urgent named, a link to the
/// comune in the dashboard), never the list of every act.
/// <para>
/// Overdue is <see cref="ActSelections.OverdueAsync"/> at the instant the message is written: the
/// <see cref="ActStates"/> definition the prefettura dashboard counts with, so that the email and
/// the dashboard give the same comuni and the same figure for each on that morning. (It once
/// waited a day of grace after the deadline, and left out comuni the dashboard showed late.) An
/// ente's count covers every tornata it votes in; the dashboard shows one tornata at a time, and
/// the link opens the tornata of the most urgent act.
/// </para>
/// <para>
/// Once a day, whatever happens in between: the prefettura's day is recorded in
/// <c>escalation_day</c> in the transaction that writes its messages, and a later run of the same
/// day (a retry, another node, a user added at noon) finds it and writes nothing. A prefettura
/// without recipients is not recorded, so an address set later that day still gets that day's table.
/// Who receives is <see cref="RecipientBook"/>'s, kind <see cref="NotificationKind.Sollecito"/>.
/// </para>
/// </summary>
public sealed class Escalation(NpgsqlDataSource dataSource, Actors actors, JobsOptions options)
{
    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        var day = at.InZone(RomeTime.Zone).Date;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var overdue = new List<(TaskItem Task, string EnteCode, long Tornata)>();
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            // Overdue as every channel says it, now; the oldest first.
            foreach (var act in await ActSelections.OverdueAsync(db, ActClock.At(at), cancellationToken))
            {
                overdue.Add((TaskQueries.Item(act, actors), act.EnteCode, act.TornataId));
            }
        }

        var codes = overdue.Select(o => o.EnteCode).Distinct().ToList();
        var enti = await TaskQueries.EntiAsync(connection, transaction, codes, cancellationToken);
        var book = await RecipientBook.LoadAsync(connection, transaction, codes, cancellationToken);
        var messages = new List<OutboxMessage>();
        foreach (var prefettura in overdue.Where(o => enti[o.EnteCode].PrefetturaCode is not null).GroupBy(o => enti[o.EnteCode].PrefetturaCode!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var recipients = book.ForPrefettura(prefettura.Key, NotificationKind.Sollecito);
            if (recipients.Count == 0)
            {
                continue;
            }

            var rows = prefettura.GroupBy(o => o.EnteCode)
                .Select(e =>
                {
                    var ente = enti[e.Key];
                    var (oldest, _, tornata) = e.First();
                    var url = ente.Ente.Kind == Data.Model.EnteKinds.Comune && ente.ProvinceCode is { } province
                        ? Links.DashboardComune(options, province, tornata, ente.Ente.Code)
                        : Links.EnteOggi(options, ente.Ente.Code);
                    return new OverdueRow(ente.Ente, e.Count(), oldest, url);
                })
                .OrderByDescending(r => r.Overdue).ThenBy(r => r.Ente.Name, TaskQueries.ItalianOrder).ThenBy(r => r.Ente.Code, StringComparer.Ordinal)
                .ToList();
            if (!await FirstOfTheDayAsync(connection, transaction, prefettura.Key, day, rows, at, cancellationToken))
            {
                continue;
            }

            var content = EscalationComposer.Compose(book.PrefetturaName(prefettura.Key) ?? prefettura.Key, day, rows,
                book.ProvinceOf(prefettura.Key) is { } sigla ? Links.Dashboard(options, sigla) : null, options);
            messages.AddRange(recipients.Select(to => new OutboxMessage(prefettura.Key, to, MessageKinds.Sollecito, $"giorno:{day:yyyy-MM-dd}", content)));
        }

        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static async Task<bool> FirstOfTheDayAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string prefettura, LocalDate day, IReadOnlyList<OverdueRow> rows, Instant at, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO escalation_day (prefettura_code, day, comuni, overdue, written_at) VALUES (@p, @day, @comuni, @overdue, @at)
            ON CONFLICT DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue("p", prefettura);
        command.Parameters.AddWithValue("day", day);
        command.Parameters.AddWithValue("comuni", rows.Count);
        command.Parameters.AddWithValue("overdue", rows.Sum(r => r.Overdue));
        command.Parameters.AddWithValue("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
