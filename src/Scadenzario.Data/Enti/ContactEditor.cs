using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Enti;

/// <summary>What a save changed: the ente's label, how many fields, and the other comuni the segretario's change reached.</summary>
public sealed record ContactSave(string Ente, int Changed, IReadOnlyList<EnteName> SegretarioAlsoFor);

/// <summary>
/// Changes an ente's contacts, from the web page or the CLI, and writes a history row for each field
/// that changed (<c>contatto_storico</c>), in one transaction: a refused value changes nothing.
/// The fields given are set (blank clears them), the others are left. The segretario is one person
/// for every comune that has his address: his change is also made in the comuni the caller names in
/// <c>segretarioAlsoFor</c> (those it may edit) that still have the old address.
/// </summary>
public static class ContactEditor
{
    public const int MaxName = 200;

    /// <summary>
    /// The values trimmed (blank as null), and for each field refused the Italian reason. Addresses
    /// are checked by <see cref="Mailbox"/>, the strict check every address passes.
    /// </summary>
    public static (IReadOnlyDictionary<ContactField, string?> Values, IReadOnlyDictionary<ContactField, string> Errors) Validate(IReadOnlyDictionary<ContactField, string?> values)
    {
        var clean = new Dictionary<ContactField, string?>();
        var errors = new Dictionary<ContactField, string>();
        foreach (var (field, raw) in values)
        {
            var text = raw?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                clean[field] = null;
            }
            else if (ContactFields.IsName(field))
            {
                if (text.Any(char.IsControl))
                {
                    errors[field] = $"{ContactFields.Label(field)}: il nome contiene caratteri di controllo (a capo, tabulazioni o simili).";
                }
                else if (text.Length > MaxName)
                {
                    errors[field] = $"{ContactFields.Label(field)}: al massimo {MaxName} caratteri.";
                }
                else
                {
                    clean[field] = text;
                }
            }
            else if (Mailbox.TryNormalize(text, out var address, out var error))
            {
                clean[field] = address;
            }
            else
            {
                errors[field] = $"{ContactFields.Label(field)}: {error}";
            }
        }

        return (clean, errors);
    }

    public static async Task<ContactSave> SaveAsync(
        NpgsqlDataSource dataSource, string code, IReadOnlyDictionary<ContactField, string?> values, IReadOnlyCollection<string> segretarioAlsoFor,
        string actor, Instant? at, CancellationToken cancellationToken = default)
    {
        var (clean, errors) = Validate(values);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(string.Join(" ", errors.Values));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var card = await ContactCard.LoadAsync(connection, transaction, code, forUpdate: true, cancellationToken)
            ?? throw new NotFoundException($"Ente {code} sconosciuto.");
        if (clean.ContainsKey(ContactField.EmailPrefettura) && card.PrefetturaCode is null)
        {
            throw new RefusedByRuleException($"{card.Name} non ha una prefettura registrata: l'indirizzo della prefettura non si può indicare.");
        }

        var changed = await ApplyAsync(connection, transaction, card, clean, actor, at, cancellationToken);

        // The segretario's new name and address go to the other comuni he serves, as one person.
        var segretario = clean.Where(v => ContactFields.IsSegretario(v.Key)).ToDictionary(v => v.Key, v => v.Value);
        var reached = new List<EnteName>();
        if (segretario.Count > 0 && card[ContactField.EmailSegretario] is { } oldAddress)
        {
            foreach (var other in card.SegretarioAlsoFor.Where(o => segretarioAlsoFor.Contains(o.Code)))
            {
                var otherCard = (await ContactCard.LoadAsync(connection, transaction, other.Code, forUpdate: true, cancellationToken))!;
                if (Same(otherCard[ContactField.EmailSegretario], oldAddress, ignoreCase: true)
                    && await ApplyAsync(connection, transaction, otherCard, segretario, actor, at, cancellationToken) > 0)
                {
                    reached.Add(other);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new ContactSave($"{card.Name} ({card.Code})", changed, reached);
    }

    private static async Task<int> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ContactCard card, IReadOnlyDictionary<ContactField, string?> values, string actor, Instant? at, CancellationToken cancellationToken)
    {
        var changes = values.Where(v => !Same(card[v.Key], v.Value, ignoreCase: false)).ToList();
        if (changes.Count == 0)
        {
            return 0;
        }

        string? Value(ContactField field) => values.TryGetValue(field, out var v) ? v : card[field];
        await using (var command = new NpgsqlCommand("""
            UPDATE ente SET email_ufficio_elettorale = @ufficio, email_segretario = @segretario WHERE code = @code;
            INSERT INTO ente_contatto (ente_code, pec, sindaco, email_sindaco, segretario) VALUES (@code, @pec, @sindaco, @email_sindaco, @nome_segretario)
            ON CONFLICT (ente_code) DO UPDATE SET pec = excluded.pec, sindaco = excluded.sindaco, email_sindaco = excluded.email_sindaco, segretario = excluded.segretario;
            UPDATE prefettura SET email = @prefettura WHERE code = @prefettura_code AND @prefettura_changed;
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("code", card.Code);
            command.Parameters.AddWithValue("ufficio", (object?)Value(ContactField.EmailUfficioElettorale) ?? DBNull.Value);
            command.Parameters.AddWithValue("segretario", (object?)Value(ContactField.EmailSegretario) ?? DBNull.Value);
            command.Parameters.AddWithValue("pec", (object?)Value(ContactField.Pec) ?? DBNull.Value);
            command.Parameters.AddWithValue("sindaco", (object?)Value(ContactField.Sindaco) ?? DBNull.Value);
            command.Parameters.AddWithValue("email_sindaco", (object?)Value(ContactField.EmailSindaco) ?? DBNull.Value);
            command.Parameters.AddWithValue("nome_segretario", (object?)Value(ContactField.Segretario) ?? DBNull.Value);
            command.Parameters.AddWithValue("prefettura", (object?)Value(ContactField.EmailPrefettura) ?? DBNull.Value);
            command.Parameters.AddWithValue("prefettura_code", (object?)card.PrefetturaCode ?? DBNull.Value);
            command.Parameters.AddWithValue("prefettura_changed", changes.Any(c => c.Key == ContactField.EmailPrefettura));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand("""
            INSERT INTO contatto_storico (ente_code, prefettura_code, at, actor, field, from_value, to_value)
            SELECT CASE WHEN f = 'email_prefettura' THEN NULL ELSE @code END, CASE WHEN f = 'email_prefettura' THEN @prefettura_code END,
                   coalesce(@at, now()), @actor, f, old, new
            FROM unnest(@fields, @old, @new) AS c (f, old, new)
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("code", card.Code);
            command.Parameters.AddWithValue("prefettura_code", (object?)card.PrefetturaCode ?? DBNull.Value);
            command.Parameters.Add(new NpgsqlParameter("at", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = at is { } instant ? instant : DBNull.Value });
            command.Parameters.AddWithValue("actor", actor);
            command.Parameters.AddWithValue("fields", changes.Select(c => ContactFields.Stored(c.Key)).ToArray());
            command.Parameters.Add(new NpgsqlParameter("old", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = changes.Select(c => (object?)card[c.Key] ?? DBNull.Value).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("new", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = changes.Select(c => (object?)c.Value ?? DBNull.Value).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changes.Count;
    }

    private static bool Same(string? a, string? b, bool ignoreCase) =>
        string.Equals(a?.Trim() is { Length: > 0 } x ? x : null, b?.Trim() is { Length: > 0 } y ? y : null, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
