using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Sollecito;

/// <summary>What a sollecito did: to whom it was written.</summary>
public sealed record SollecitoSent(long TaskId, IReadOnlyList<string> Recipients);

/// <summary>
/// The prefettura reminds a comune of one of its overdue acts. In one transaction: the act is locked
/// and must be overdue now (<see cref="ActStates"/>, the one definition), the message is written to
/// the outbox for each of the comune's recipients (<see cref="RecipientBook"/>, kind
/// <see cref="NotificationKind.Urgente"/>: a person who turned urgent notices off is not written
/// to), and the act's history records who sent it, when and to whom (action <c>sollecitato</c>).
/// One sollecito per act and day: a second one the same day is refused, so a double click or two
/// colleagues do not flood the comune.
/// </summary>
public static class Solleciti
{
    public const int MaxNote = 1000;

    public static async Task<SollecitoSent> SendAsync(
        NpgsqlDataSource dataSource, CalendarSet calendars, JobsOptions options, long taskId, string sentBy, string? note, Instant now, CancellationToken cancellationToken = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNote })
        {
            throw new InvalidInputException($"La nota del sollecito è troppo lunga: al massimo {MaxNote} caratteri.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM adempimento WHERE id = @id FOR UPDATE", connection, transaction))
        {
            lockRow.Parameters.AddWithValue("id", taskId);
            if (await lockRow.ExecuteScalarAsync(cancellationToken) is null)
            {
                throw new NotFoundException($"Adempimento {taskId} sconosciuto.");
            }
        }

        var clock = ActClock.At(now);
        Data.Model.Adempimento task;
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            task = await db.Adempimenti.AsNoTracking().SingleAsync(a => a.Id == taskId, cancellationToken);
        }

        if (ActStates.Of(task, clock) != ActState.Scaduto)
        {
            throw new ConflictException($"L'adempimento «{task.Title}» non è scaduto ({ActStates.Label(ActStates.Of(task, clock))}): il sollecito si invia solo per un adempimento scaduto.");
        }

        if (await SentTodayAsync(connection, transaction, taskId, RomeTime.InRome(now).Date, cancellationToken) is { } earlier)
        {
            throw new ConflictException($"Il comune è già stato sollecitato oggi per questo adempimento ({earlier}): un sollecito al giorno per adempimento.");
        }

        var enti = await TaskQueries.EntiAsync(connection, transaction, [task.EnteCode], cancellationToken);
        var ente = enti[task.EnteCode];
        var book = await RecipientBook.LoadAsync(connection, transaction, [task.EnteCode], cancellationToken);
        var recipients = book.ForEnte(task.EnteCode, NotificationKind.Urgente);
        if (recipients.Count == 0)
        {
            throw new RefusedByRuleException($"{ente.Ente.Label} non ha indirizzi a cui scrivere (né utenti con un indirizzo email che ricevono gli avvisi urgenti, né indirizzi di contatto): aggiungere i contatti dell'ente.");
        }

        var prefettura = ente.PrefetturaCode is { } code ? book.PrefetturaName(code) : null;
        var content = SollecitoComposer.Compose(
            new SollecitoRequest(prefettura ?? "Prefettura", ente.Ente, TaskQueries.Item(task, Actors.From(calendars)), sentBy, now, note), options);
        var key = $"sollecito:{taskId}:{RomeTime.InRome(now).Date:yyyy-MM-dd}";
        await OutboxWriter.EnqueueAsync(connection, transaction,
            [.. recipients.Select(to => new OutboxMessage(task.EnteCode, to, MessageKinds.Sollecito, key, content))], now, cancellationToken);

        await using (var audit = new NpgsqlCommand("""
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT id, @at, @actor, 'sollecitato', status, status, @details::jsonb FROM adempimento WHERE id = @id
            """, connection, transaction))
        {
            audit.Parameters.AddWithValue("id", taskId);
            audit.Parameters.AddWithValue("at", now);
            audit.Parameters.AddWithValue("actor", sentBy);
            audit.Parameters.AddWithValue("details", JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["destinatari"] = string.Join(", ", recipients),
                ["nota"] = note,
            }));
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SollecitoSent(taskId, recipients);
    }

    private static async Task<string?> SentTodayAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long taskId, LocalDate today, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT at, actor FROM adempimento_audit
            WHERE adempimento_id = @id AND action = 'sollecitato' AND (at AT TIME ZONE 'Europe/Rome')::date = @today
            ORDER BY id DESC LIMIT 1
            """, connection, transaction);
        command.Parameters.AddWithValue("id", taskId);
        command.Parameters.AddWithValue("today", today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var at = RomeTime.InRome(reader.GetFieldValue<Instant>(0));
        return $"alle ore {at:HH:mm}, da {reader.GetString(1)}";
    }
}
