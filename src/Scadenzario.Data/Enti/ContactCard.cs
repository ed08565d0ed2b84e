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
        await using var batch = new NpgsqlBatch(connection, transaction);
        AddTo(batch, code, forUpdate);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, cancellationToken);
    }

    /// <summary>
    /// Adds the card's two statements to <paramref name="batch"/>: the ente's contacts, then the
    /// comuni that share its segretario (found by the address the first reads, in the same round trip).
    /// </summary>
    internal static void AddTo(NpgsqlBatch batch, string code, bool forUpdate = false)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT e.code, e.name, e.kind, e.prefettura_code, p.name,
                   e.email_ufficio_elettorale, c.pec, c.sindaco, c.email_sindaco, c.segretario, e.email_segretario, p.email
            FROM ente e
            LEFT JOIN ente_contatto c ON c.ente_code = e.code
            LEFT JOIN prefettura p ON p.code = e.prefettura_code
            WHERE e.code = $1
            {(forUpdate ? "FOR UPDATE OF e" : "")}
            """) { Parameters = { new NpgsqlParameter { Value = code } } });
        // The other comuni, by name, whose segretario has the card's address (an index of migration 0028).
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT code, name FROM ente
            WHERE email_segretario IS NOT NULL AND code <> $1 AND kind = 'comune'
              AND lower(btrim(email_segretario)) = (SELECT nullif(lower(btrim(email_segretario)), '') FROM ente WHERE code = $1)
            ORDER BY name COLLATE "C", code
            """) { Parameters = { new NpgsqlParameter { Value = code } } });
    }

    /// <summary>Reads what <see cref="AddTo"/> asked for, from the reader's current result on; null for an unknown ente.</summary>
    internal static async Task<ContactCard?> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        ContactCard? card = null;
        if (await reader.ReadAsync(cancellationToken))
        {
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

        await reader.NextResultAsync(cancellationToken);
        var sharing = await ReadNamesAsync(reader, cancellationToken);
        return card is null ? null : card with { SegretarioAlsoFor = sharing };
    }

    private static async Task<IReadOnlyList<EnteName>> ReadNamesAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var found = new List<EnteName>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new EnteName(reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }
}
