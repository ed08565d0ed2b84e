using NodaTime;
using Npgsql;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs.Outbox;

/// <summary>What one run of the sender did.</summary>
public sealed record SendReport(int Sent, int Retrying, int Failed);

/// <summary>
/// Delivers the pending messages of the outbox. A batch is claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// and a lease written to the row (<c>locked_until</c>); then each message is taken again just
/// before it is sent — only if the claim is still this node's — and its lease is renewed while the
/// SMTP conversation lasts (<see cref="LeaseKeeper"/>). So a slow relay never lets another run take
/// a message being sent, the messages still waiting in a batch go to another node if this one is
/// slow, and a node that dies loses its claim when the lease ends instead of holding it forever.
/// Each attempt is recorded with the server's answer; a failure is retried after a delay that
/// doubles, capped, until the retry window ends (<see cref="JobsOptions.GiveUpAfter"/>), after which
/// the message is marked failed, shown on the page of the outgoing mail, and told to the
/// amministratori at the next run that delivers anything (<see cref="FailureNotice"/>).
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
        var batches = 0;
        while (batches < maxBatches)
        {
            var claimed = await ClaimAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                // The relay works again (this run delivered): the failures not yet told are told now,
                // and the notice itself goes out in this run.
                if (sent > 0 && await FailureNotice.EnqueueAsync(dataSource, clock.GetCurrentInstant(), options, cancellationToken) > 0)
                {
                    continue;
                }

                break;
            }

            batches++;
            foreach (var message in claimed)
            {
                switch (await DeliverAsync(session, message, cancellationToken))
                {
                    case Outcome.Sent: sent++; break;
                    case Outcome.Failed: failed++; break;
                    case Outcome.Retrying: retrying++; break;
                    case Outcome.TakenByAnother: break;
                }
            }
        }

        return new SendReport(sent, retrying, failed);
    }

    internal enum Outcome { Sent, Retrying, Failed, TakenByAnother }

    internal sealed record Claimed(long Id, string Recipient, string Subject, string Text, string Html);

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
            UPDATE outbox o SET locked_until = @until, locked_by = @node
            FROM due WHERE o.id = due.id
            RETURNING o.id, o.recipient, o.subject, o.text_body, o.html_body
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("until", now + Duration.FromTimeSpan(options.Lease));
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("batch", options.BatchSize);
        var claimed = new List<Claimed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new Claimed(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return [.. claimed.OrderBy(c => c.Id)];
    }

    private async Task<Outcome> DeliverAsync(IMailSession session, Claimed message, CancellationToken cancellationToken)
    {
        var taken = await LeaseKeeper.TakeAsync(dataSource, clock, options.Lease, message.Id, node, cancellationToken);
        if (taken is not { } take)
        {
            return Outcome.TakenByAnother;
        }

        var started = clock.GetCurrentInstant();
        SmtpAnswer? answer = null;
        MailDeliveryException? error = null;
        await using (var keeper = LeaseKeeper.Start(dataSource, clock, options.Lease, message.Id, node))
        {
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
        }

        // A cancelled send leaves the row as it is: claimed until the lease ends, as after a crash.
        var finished = clock.GetCurrentInstant();
        var windowEnd = take.RetryFrom + Duration.FromTimeSpan(options.GiveUpAfter);
        var outcome = error is null ? Outcome.Sent
            : error.Permanent || finished >= windowEnd ? Outcome.Failed
            : Outcome.Retrying;
        // The last attempt falls at the end of the window, not beyond it.
        var next = outcome == Outcome.Retrying ? Min(finished + Backoff(take.Attempt), windowEnd) : finished;
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
            // Only this node's claim is written: the lease keeper made sure no other node took it.
            record.Parameters.AddWithValue("node", node);
            record.Parameters.AddWithValue("status", outcome switch { Outcome.Sent => "sent", Outcome.Failed => "failed", _ => "pending" });
            record.Parameters.AddWithValue("sent", outcome == Outcome.Sent ? finished : DBNull.Value);
            record.Parameters.AddWithValue("next", next);
            record.Parameters.AddWithValue("error", (object?)error?.Message ?? DBNull.Value);
            record.Parameters.AddWithValue("id", message.Id);
            record.Parameters.AddWithValue("attempt", take.Attempt);
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

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    /// <summary>The wait after the n-th failed attempt: the first delay, doubled each time, capped.</summary>
    internal Duration Backoff(int attempt)
    {
        var delay = options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return Duration.FromTimeSpan(delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay);
    }
}
