using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using NpgsqlTypes;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;

namespace Scadenzario.Jobs.Outbox;

/// <summary>
/// A digest still waiting when the next day's digest for the same person is written no longer serves
/// its purpose if the new one lists every act of the old one that is still to do (an act completed
/// meanwhile needs no telling): it is closed with that reason — not sent late, not dropped, not
/// failed. A digest that lists less than the old one (an act that opened that day and is not due
/// within the week is not listed the next day) keeps being retried: the person needs it. A digest
/// being sent at that moment (its lease held) is left to its sender.
/// </summary>
internal static class DigestSupersession
{
    /// <summary>Runs in the writer's transaction, after the new digests are written.</summary>
    public static async Task<int> CloseSupersededAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxMessage> messages, Instant now, CancellationToken cancellationToken)
    {
        var digests = messages.Where(m => m.Kind == MessageKinds.Digest).ToList();
        if (digests.Count == 0)
        {
            return 0;
        }

        // The new digests are found first, by their exact key (the outbox_once index); each is then
        // matched with the same person's pending digests through outbox_pending_digest_by_recipient
        // (migrations/0025): one index lookup per new digest, not a scan of every pending one.
        await using var command = new NpgsqlCommand("""
            WITH n AS MATERIALIZED (
                SELECT w.id, lower(w.recipient) AS person, w.dedup_key, w.acts, m.reason
                FROM unnest(@recipient, @dedup, @reason) AS m (recipient, dedup_key, reason)
                JOIN outbox w ON w.ente_code IS NULL AND w.recipient = m.recipient AND w.kind = 'digest' AND w.dedup_key = m.dedup_key
            )
            UPDATE outbox o SET status = 'closed', closed_at = @now, closed_reason = n.reason, locked_until = NULL, locked_by = NULL
            FROM n
            WHERE o.kind = 'digest' AND o.status = 'pending' AND lower(o.recipient) = n.person
              AND o.id <> n.id AND o.dedup_key < n.dedup_key
              AND (o.locked_until IS NULL OR o.locked_until <= @now)
              AND NOT EXISTS (
                  SELECT 1 FROM unnest(o.acts) AS listed (id) JOIN adempimento t ON t.id = listed.id
                  WHERE t.status = @to_do AND NOT (listed.id = ANY (n.acts)))
            """, connection, transaction);
        command.Parameters.AddWithValue("now", now);
        // "Still to do" is Data's status, not a literal of ours.
        command.Parameters.AddWithValue("to_do", AdempimentoStatus.DaFare.Id());
        command.Parameters.Add(new NpgsqlParameter("recipient", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = digests.Select(d => d.Recipient).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("dedup", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = digests.Select(d => d.DedupKey).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("reason", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = digests.Select(d => Reason(d.DedupKey)).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>"Sostituito dal riepilogo di mercoledì 12 giugno 2024, che elenca gli stessi adempimenti ancora da fare."</summary>
    private static string Reason(string dedupKey)
    {
        var day = dedupKey.StartsWith("giorno:", StringComparison.Ordinal)
            && LocalDatePattern.Iso.Parse(dedupKey["giorno:".Length..]) is { Success: true } parsed
            ? $" di {ItalianDates.Long(parsed.Value)}"
            : " successivo";
        return string.Create(CultureInfo.InvariantCulture, $"Sostituito dal riepilogo{day}, che elenca gli stessi adempimenti ancora da fare.");
    }
}
