using Npgsql;

namespace Scadenzario.Data.Enti;

/// <summary>A comune that shares the segretario of another (the same address).</summary>
public sealed record EnteName(string Code, string Name);

/// <summary>
/// Every contact of one ente and of its prefettura, and the other comuni its segretario serves
/// (<see cref="SegretarioAlsoFor"/>): what the contacts page shows and edits.
/// </summary>
public sealed record ContactCard(
    string Code,
    string Name,
    string Kind,
    string? PrefetturaCode,
    string? PrefetturaName,
    IReadOnlyDictionary<ContactField, string?> Values,
    IReadOnlyList<EnteName> SegretarioAlsoFor)
{
    public string? this[ContactField field] => Values.GetValueOrDefault(field);

    /// <summary>The ente's card, or null for an unknown code.</summary>
    public static async Task<ContactCard?> LoadAsync(NpgsqlDataSource dataSource, string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await LoadAsync(connection, null, code, forUpdate: false, cancellationToken);
    }

    /// <summary>Read inside the caller's transaction; <paramref name="forUpdate"/> locks the ente's row until it ends.</summary>
    internal static async Task<ContactCard?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string code, bool forUpdate, CancellationToken cancellationToken)
    {
        ContactCard card;
        await using (var command = new NpgsqlCommand($"""
            SELECT e.code, e.name, e.kind, e.prefettura_code, p.name,
                   e.email_ufficio_elettorale, c.pec, c.sindaco, c.email_sindaco, c.segretario, e.email_segretario, p.email
            FROM ente e
            LEFT JOIN ente_contatto c ON c.ente_code = e.code
            LEFT JOIN prefettura p ON p.code = e.prefettura_code
            WHERE e.code = @code
            {(forUpdate ? "FOR UPDATE OF e" : "")}
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("code", code);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var values = new Dictionary<ContactField, string?>
            {
                [ContactField.EmailUfficioElettorale] = Text(5),
                [ContactField.Pec] = Text(6),
                [ContactField.Sindaco] = Text(7),
                [ContactField.EmailSindaco] = Text(8),
                [ContactField.Segretario] = Text(9),
                [ContactField.EmailSegretario] = Text(10),
                [ContactField.EmailPrefettura] = Text(11),
            };
            card = new ContactCard(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(3), Text(4), values, []);
        }

        return card with { SegretarioAlsoFor = await SharingAsync(connection, transaction, code, card[ContactField.EmailSegretario], cancellationToken) };
    }

    /// <summary>The other comuni whose segretario has this address, by name.</summary>
    internal static async Task<IReadOnlyList<EnteName>> SharingAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string code, string? address, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return [];
        }

        await using var command = new NpgsqlCommand("""
            SELECT code, name FROM ente
            WHERE lower(btrim(email_segretario)) = lower(btrim(@address)) AND email_segretario IS NOT NULL AND code <> @code AND kind = 'comune'
            ORDER BY name COLLATE "C", code
            """, connection, transaction);
        command.Parameters.AddWithValue("address", address);
        command.Parameters.AddWithValue("code", code);
        var found = new List<EnteName>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new EnteName(reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }
}
