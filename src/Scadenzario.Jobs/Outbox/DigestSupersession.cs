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
    /// <remarks>
    /// Three reads, each one pass over its table, and the matching in memory: a single statement
    /// joining the new digests with the pending ones was planned as nested loops over every pending
    /// digest (the rows just written have no statistics yet), 10^8 rows on a national morning.
    /// </remarks>
    public static async Task<int> CloseSupersededAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxMessage> messages, Instant now, CancellationToken cancellationToken)
    {
        var digests = messages.Where(m => m.Kind == MessageKinds.Digest && m.EnteCode is null).ToList();
        if (digests.Count == 0)
        {
            return 0;
        }

        // What each new digest lists is what is stored under its key (a digest written again keeps the first).
        var stored = new Dictionary<(string Recipient, string DedupKey), (long Id, long[] Acts)>();
        await using (var command = new NpgsqlCommand(
            "SELECT id, recipient, dedup_key, acts FROM outbox WHERE kind = 'digest' AND ente_code IS NULL AND recipient = ANY (@recipient) AND dedup_key = ANY (@dedup)",
            connection, transaction))
        {
            command.Parameters.Add(Texts("recipient", digests.Select(d => d.Recipient).Distinct()));
            command.Parameters.Add(Texts("dedup", digests.Select(d => d.DedupKey).Distinct()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[(reader.GetString(1), reader.GetString(2))] = (reader.GetInt64(0), reader.GetFieldValue<long[]>(3));
            }
        }

        // The same people's digests still waiting, whatever the case of their address.
        var pending = new List<(long Id, string Person, string DedupKey, long[] Acts)>();
        await using (var command = new NpgsqlCommand("""
            SELECT id, lower(recipient), dedup_key, acts FROM outbox
            WHERE kind = 'digest' AND status = 'pending' AND lower(recipient) = ANY (@person)
              AND (locked_until IS NULL OR locked_until <= @now)
            """, connection, transaction))
        {
            command.Parameters.Add(Texts("person", digests.Select(d => Person(d.Recipient)).Distinct()));
            command.Parameters.AddWithValue("now", now);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<long[]>(3)));
            }
        }

        var pendingByPerson = pending.ToLookup(p => p.Person, StringComparer.Ordinal);
        var candidates = new Dictionary<long, (string Reason, long[] Missing)>();
        foreach (var digest in digests)
        {
            if (!stored.TryGetValue((digest.Recipient, digest.DedupKey), out var current))
            {
                continue;
            }

            var listed = current.Acts.ToHashSet();
            foreach (var old in pendingByPerson[Person(digest.Recipient)])
            {
                if (old.Id != current.Id && string.CompareOrdinal(old.DedupKey, digest.DedupKey) < 0 && !candidates.ContainsKey(old.Id))
                {
                    candidates[old.Id] = (Reason(digest.DedupKey), [.. old.Acts.Where(a => !listed.Contains(a))]);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return 0;
        }

        // An old digest is superseded only if every act it lists that the new one leaves out is no longer to do.
        var stillToDo = new HashSet<long>();
        await using (var command = new NpgsqlCommand("SELECT id FROM adempimento WHERE id = ANY (@ids) AND status = @to_do", connection, transaction))
        {
            command.Parameters.AddWithValue("ids", candidates.Values.SelectMany(c => c.Missing).Distinct().ToArray());
            // "Still to do" is Data's status, not a literal of ours.
            command.Parameters.AddWithValue("to_do", AdempimentoStatus.DaFare.Id());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stillToDo.Add(reader.GetInt64(0));
            }
        }

        var superseded = candidates.Where(c => !c.Value.Missing.Any(stillToDo.Contains)).ToList();
        if (superseded.Count == 0)
        {
            return 0;
        }

        await using var close = new NpgsqlCommand("""
            UPDATE outbox o SET status = 'closed', closed_at = @now, closed_reason = m.reason, locked_until = NULL, locked_by = NULL
            FROM unnest(@id, @reason) AS m (id, reason)
            WHERE o.id = m.id AND o.status = 'pending' AND (o.locked_until IS NULL OR o.locked_until <= @now)
            """, connection, transaction);
        close.Parameters.AddWithValue("now", now);
        close.Parameters.AddWithValue("id", superseded.Select(s => s.Key).ToArray());
        close.Parameters.Add(Texts("reason", superseded.Select(s => s.Value.Reason)));
        return await close.ExecuteNonQueryAsync(cancellationToken);
    }

    // Addresses that differ only in case are one person: the recipients' book's key.
    private static string Person(string address) => Data.Recipients.RecipientBook.Key(address);

    private static NpgsqlParameter Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

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
