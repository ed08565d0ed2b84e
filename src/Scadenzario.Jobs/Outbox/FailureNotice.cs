using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Enti;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Outbox;

/// <summary>
/// Tells the amministratori, by email, of the messages that failed for good and were not told yet:
/// one message to each active amministratore with an address, listing them, with the link to the
/// page of the outgoing mail where each can be sent again. Called by the sender once a run has
/// delivered something — the relay works again — so the notice is not itself lost in the outage
/// that caused the failures. The failures are marked told in the same transaction as the notice is
/// written, so they are told once however many nodes run. A failed notice is not told by another
/// notice (it would loop): it stays on the page.
/// </summary>
internal static class FailureNotice
{
    private const int Listed = 50;

    /// <summary>Returns how many notices were written.</summary>
    public static async Task<int> EnqueueAsync(NpgsqlDataSource dataSource, Instant now, JobsOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var failures = new List<(long Id, string Recipient, string Subject, Instant Created, string? Error)>();
        await using (var select = new NpgsqlCommand("""
            SELECT id, recipient, subject, created_at, last_error FROM outbox
            WHERE status = 'failed' AND reported_at IS NULL AND kind <> 'posta-non-recapitata'
            ORDER BY id
            FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                failures.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<Instant>(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        if (failures.Count == 0)
        {
            return 0;
        }

        var administrators = new List<string>();
        await using (var select = new NpgsqlCommand("""
            SELECT u.email FROM asp_net_users u
            JOIN asp_net_user_roles ur ON ur.user_id = u.id
            JOIN asp_net_roles r ON r.id = ur.role_id
            WHERE r.name = 'amministratore' AND u.email IS NOT NULL
              AND (u.lockout_end IS NULL OR u.lockout_end < '9000-01-01')   -- a disabled account's lockout has no end
            ORDER BY u.email
            """, connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Mailbox.IsValid(reader.GetString(0)))
                {
                    administrators.Add(reader.GetString(0));
                }
            }
        }

        var content = Compose(failures, options);
        var messages = administrators.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(a => new OutboxMessage(null, a, MessageKinds.PostaNonRecapitata, $"non-recapitati:{failures[^1].Id}", content))
            .ToList();
        var written = await OutboxWriter.EnqueueAsync(connection, transaction, messages, now, cancellationToken);
        // Told even with no amministratore to tell: the page shows them all the same.
        await using (var mark = new NpgsqlCommand("UPDATE outbox SET reported_at = @now WHERE id = ANY(@ids)", connection, transaction))
        {
            mark.Parameters.AddWithValue("now", now);
            mark.Parameters.AddWithValue("ids", failures.Select(f => f.Id).ToArray());
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static MailContent Compose(IReadOnlyList<(long Id, string Recipient, string Subject, Instant Created, string? Error)> failures, JobsOptions options)
    {
        var subject = failures.Count == 1
            ? "Scadenzario: un messaggio non è stato recapitato"
            : $"Scadenzario: {failures.Count} messaggi non sono stati recapitati";
        var page = new Uri(options.WebBaseUrl, "amministrazione/posta").ToString();
        var mail = new MailBuilder(subject, options)
            .Paragraph(failures.Count == 1
                ? "Il messaggio seguente non è stato recapitato e non sarà ritentato: il server di posta lo ha rifiutato, o non ha risposto per tutto il periodo dei tentativi."
                : $"I {failures.Count} messaggi seguenti non sono stati recapitati e non saranno ritentati: il server di posta li ha rifiutati, o non ha risposto per tutto il periodo dei tentativi.")
            .Paragraph($"Dalla pagina della posta in uscita si vedono i tentativi e le risposte del server, e si può rimettere in coda ciascun messaggio: {page}");
        foreach (var failure in failures.Take(Listed))
        {
            mail.Item(
                $"{failure.Subject} — a {failure.Recipient}",
                null,
                $"Creato {ItalianDates.LongWithHour(failure.Created.InZone(RomeTime.Zone).LocalDateTime)}",
                $"Ultima risposta: {failure.Error ?? "nessuna"}");
        }

        if (failures.Count > Listed)
        {
            mail.Paragraph($"E altri {failures.Count - Listed}: l'elenco completo è nella pagina della posta in uscita.");
        }

        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
