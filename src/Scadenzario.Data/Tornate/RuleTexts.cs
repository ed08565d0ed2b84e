using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Data.Tornate;

/// <summary>
/// What the rules say, stored once per calendar version (<c>regola</c>, migrations/0026): a task
/// refers to the text of its rule instead of repeating its title, actor, kind and legal basis. A
/// rule has one text per legal basis of its variants; the texts of a version are written the first
/// time a synchronisation meets that version and never change (a new text is a new row).
/// </summary>
internal sealed class RuleTexts
{
    // The texts and their digests depend on the calendars alone: worked out once per loaded set, not
    // at every synchronisation (an event recorded for one ente runs one).
    private static readonly ConditionalWeakTable<CalendarSet, IReadOnlyList<Text>> TextsOf = new();

    private readonly Dictionary<Rule, Dictionary<string, int>> ids;

    private RuleTexts(Dictionary<Rule, Dictionary<string, int>> ids) => this.ids = ids;

    /// <summary>The id of the text of <paramref name="deadline"/>'s rule, as its variant cites it.</summary>
    public int IdOf(Deadline deadline) =>
        ids.TryGetValue(deadline.Rule, out var byBasis) && byBasis.TryGetValue(deadline.LegalBasis, out var id)
            ? id
            : throw new InvalidOperationException($"rule {deadline.Rule.Id} ({deadline.Rule.Source}) was derived but is not among the calendars' derivable rules");

    /// <summary>
    /// The ids of every text of <paramref name="calendars"/>, inserting those its version lacks:
    /// one read of the version's texts, and an insert only the first time.
    /// </summary>
    public static async Task<RuleTexts> EnsureAsync(NpgsqlConnection connection, CalendarSet calendars, CancellationToken ct)
    {
        var texts = TextsOf.GetValue(calendars, AllTexts);

        var stored = await ReadAsync(connection, calendars.Version, ct);
        var missing = texts.Where(t => !stored.ContainsKey((t.Rule.Id, t.Digest))).DistinctBy(t => (t.Rule.Id, t.Digest)).ToList();
        if (missing.Count > 0)
        {
            await InsertAsync(connection, calendars.Version, missing, ct);
            stored = await ReadAsync(connection, calendars.Version, ct);
        }

        var ids = new Dictionary<Rule, Dictionary<string, int>>(ReferenceEqualityComparer.Instance);
        foreach (var text in texts)
        {
            if (!ids.TryGetValue(text.Rule, out var byBasis))
            {
                ids[text.Rule] = byBasis = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            byBasis[text.LegalBasis] = stored.TryGetValue((text.Rule.Id, text.Digest), out var id)
                ? id
                : throw new InvalidOperationException($"the text of rule {text.Rule.Id} was not stored");
        }

        return new RuleTexts(ids);
    }

    // Every rule instance with each legal basis of its variants; instances with the same words
    // (a region's file repeating a national rule) share one stored text.
    private static IReadOnlyList<Text> AllTexts(CalendarSet calendars) =>
        [.. calendars.DerivableRules.SelectMany(rule =>
            rule.Variants.Select(v => v.LegalBasis ?? rule.LegalBasis).Distinct(StringComparer.Ordinal).Select(basis => new Text(rule, basis)))];

    private static async Task<Dictionary<(string, string), int>> ReadAsync(NpgsqlConnection connection, string version, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT rule_id, text_digest, id FROM regola WHERE calendar_version = @version", connection);
        command.Parameters.AddWithValue("version", version);
        var result = new Dictionary<(string, string), int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[(reader.GetString(0), reader.GetString(1))] = reader.GetInt32(2);
        }

        return result;
    }

    private static async Task InsertAsync(NpgsqlConnection connection, string version, List<Text> texts, CancellationToken ct)
    {
        // ON CONFLICT: another synchronisation meeting the same new version at the same time stored them first.
        await using var command = new NpgsqlCommand("""
            INSERT INTO regola (calendar_version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto)
            SELECT @version, t.* FROM unnest(@rule_ids, @consultations, @titles, @actors, @owners, @kinds, @bases, @assicurazioni) AS t
            ON CONFLICT (calendar_version, rule_id, text_digest) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.AddWithValue("rule_ids", texts.Select(t => t.Rule.Id).ToArray());
        command.Parameters.AddWithValue("consultations", texts.Select(t => t.Rule.Consultation.Id()).ToArray());
        command.Parameters.AddWithValue("titles", texts.Select(t => t.Rule.Title).ToArray());
        command.Parameters.AddWithValue("actors", texts.Select(t => t.Rule.Actor).ToArray());
        command.Parameters.AddWithValue("owners", texts.Select(t => t.Rule.Owner.Id()).ToArray());
        command.Parameters.AddWithValue("kinds", texts.Select(t => t.Rule.Kind.Id()).ToArray());
        command.Parameters.AddWithValue("bases", texts.Select(t => t.LegalBasis).ToArray());
        command.Parameters.Add(new NpgsqlParameter("assicurazioni", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = texts.Select(t => t.Rule.AssicurazionePrefetto).ToArray() });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One text of a rule; <see cref="Digest"/> is the column <c>regola.text_digest</c>, computed as the migration does.</summary>
    private sealed record Text(Rule Rule, string LegalBasis)
    {
        public string Digest { get; } = Hash(Rule, LegalBasis);

        private static string Hash(Rule rule, string basis)
        {
            const char separator = (char)31;
            var content = string.Join(separator, rule.Consultation.Id(), rule.Title, rule.Actor, rule.Owner.Id(), rule.Kind.Id(), basis, rule.AssicurazionePrefetto ? "true" : "false");
            return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(content)));
        }
    }
}
