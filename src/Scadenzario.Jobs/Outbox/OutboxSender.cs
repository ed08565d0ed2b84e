using NodaTime;
using Npgsql;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs.Outbox;

/// <summary>What one run of the sender did.</summary>
public sealed record SendReport(int Sent, int Retrying, int Failed);

/// <summary>
/// Delivers the pending messages of the outbox. A batch is claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// and a lease written to the row (<c>locked_until</c>), then sent outside any transaction: so two
/// nodes never claim the same message, and a node that dies mid-send loses its claim when the lease
/// ends instead of holding it forever. Each attempt is recorded with the server's answer; a failure
/// is retried after a delay that doubles each time, until the configured number of attempts, after
/// which the message is marked failed for everyone to see.
/// </summary>
/// <remarks>
/// Delivery is at least once: a node that dies after the server accepted a message but before
/// recording it sends it again once its lease ends. The stable Message-ID lets clients fold such a
/// duplicate; nothing else can, short of a transaction spanning the database and the SMTP server.
/// </remarks>
public sealed class OutboxSender(NpgsqlDataSource dataSource, IMailTransport transport, IClock clock, JobsOptions options, string node)
{
    /// <summary>Sends until nothing is due or <paramref name="maxBatches"/> batches were claimed.</summary>
    public async Task<SendReport> SendDueAsync(CancellationToken cancellationToken, int maxBatches = int.MaxValue)
    {
        var (sent, retrying, failed) = (0, 0, 0);
        // One SMTP connection for the whole run, opened at the first message: a connection per
        // message would cost a TCP and TLS handshake (and a login) each time.
        await using var session = transport.Open();
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var claimed = await ClaimAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            foreach (var message in claimed)
            {
                switch (await DeliverAsync(session, message, cancellationToken))
                {
                    case "sent": sent++; break;
                    case "failed": failed++; break;
                    default: retrying++; break;
                }
            }
        }

        return new SendReport(sent, retrying, failed);
    }

    internal sealed record Claimed(long Id, string Recipient, string Subject, string Text, string Html, int Attempt);

    /// <summary>Takes up to a batch of due messages for this node, for the length of a lease.</summary>
    internal async Task<IReadOnlyList<Claimed>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var command = dataSource.CreateCommand("""
            WITH due AS (
                SELECT id FROM outbox
                WHERE status = 'pending' AND next_attempt_at <= @now AND (locked_until IS NULL OR locked_until <= @now)
                ORDER BY next_attempt_at, id
                LIMIT @batch
                FOR UPDATE SKIP LOCKED
            )
            UPDATE outbox o SET locked_until = @until, locked_by = @node, attempts = o.attempts + 1
            FROM due WHERE o.id = due.id
            RETURNING o.id, o.recipient, o.subject, o.text_body, o.html_body, o.attempts
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("until", now + Duration.FromTimeSpan(options.Lease));
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("batch", options.BatchSize);
        var claimed = new List<Claimed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new Claimed(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
        }

        return [.. claimed.OrderBy(c => c.Id)];
    }

    private async Task<string> DeliverAsync(IMailSession session, Claimed message, CancellationToken cancellationToken)
    {
        var started = clock.GetCurrentInstant();
        SmtpAnswer? answer = null;
        MailDeliveryException? error = null;
        try
        {
            answer = await session.SendAsync(
                new OutgoingMail(message.Recipient, message.Subject, message.Text, message.Html, $"<outbox-{message.Id}@scadenzario>"),
                cancellationToken);
        }
        catch (MailDeliveryException e)
        {
            error = e;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An address the client cannot even parse will not improve with retries.
            error = new MailDeliveryException(e.Message, null, permanent: e is FormatException, e);
        }

        // A cancelled send leaves the row as it is: claimed until the lease ends, as after a crash.
        var finished = clock.GetCurrentInstant();
        var outcome = error is null ? "sent"
            : error.Permanent || message.Attempt >= options.MaxAttempts ? "failed"
            : "pending";
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        // The outcome and the attempt in one round trip, committed before the next message is sent.
        await using (var record = new NpgsqlCommand("""
            UPDATE outbox SET status = @status, sent_at = @sent, next_attempt_at = @next, last_error = @error,
                              locked_until = NULL, locked_by = NULL
            WHERE id = @id AND status = 'pending' AND locked_by = @node;
            INSERT INTO outbox_attempt (outbox_id, attempt, node, started_at, finished_at, succeeded, smtp_status, smtp_answer)
            VALUES (@id, @attempt, @node, @started, @finished, @ok, @smtp_status, @answer);
            """, connection, transaction))
        {
            // A sender slower than its lease has lost the message to another node: it leaves that node's claim alone.
            record.Parameters.AddWithValue("node", node);
            record.Parameters.AddWithValue("status", outcome);
            record.Parameters.AddWithValue("sent", outcome == "sent" ? finished : DBNull.Value);
            record.Parameters.AddWithValue("next", outcome == "pending" ? finished + Backoff(message.Attempt) : finished);
            record.Parameters.AddWithValue("error", (object?)error?.Message ?? DBNull.Value);
            record.Parameters.AddWithValue("id", message.Id);
            record.Parameters.AddWithValue("attempt", message.Attempt);
            record.Parameters.AddWithValue("started", started);
            record.Parameters.AddWithValue("finished", finished);
            record.Parameters.AddWithValue("ok", error is null);
            record.Parameters.AddWithValue("smtp_status", (object?)answer?.Status ?? (object?)error?.Status ?? DBNull.Value);
            record.Parameters.AddWithValue("answer", answer?.Text ?? error!.Message);
            await record.ExecuteNonQueryAsync(CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        return outcome;
    }

    /// <summary>The wait after the n-th failed attempt: the first delay, doubled each time, capped.</summary>
    internal Duration Backoff(int attempt)
    {
        var delay = options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return Duration.FromTimeSpan(delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay);
    }
}
