using Npgsql;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Recipients;

/// <summary>A person the jobs may write to: a user of the product with an email (view <c>notification_person</c>).</summary>
public sealed record Person(string UserId, string Name, string Email, string EnteCode, string Role, NotificationSettings Settings);

/// <summary>Where one address comes from, for the page that says who receives what.</summary>
public enum RecipientSource
{
    Utente,
    ContattoEnte,
    ContattoPrefettura,
}

/// <summary>One address and what it receives of an ente's (or a prefettura's) messages.</summary>
public sealed record Receiver(string Address, string? Name, RecipientSource Source, IReadOnlyList<NotificationKind> Receives);

/// <summary>
/// The one decision of who receives an ente's or a prefettura's messages, loaded once per job run.
/// <list type="number">
/// <item>The users of the office who have an email receive its messages as they chose on
/// /account/notifiche (everything until they choose). For a comune or a second-level office, its
/// users are those bound to it in any role but prefettura; for a prefettura, the users of role
/// prefettura bound to a province it serves.</item>
/// <item>An office with no such user is written to at its contact addresses (the ufficio elettorale's
/// and the segretario's; the prefettura's), as before users existed. A contact address that is a
/// user's (of any office) follows that user's choice: a person who turned the digest off gets none,
/// under whatever hat.</item>
/// <item>Addresses are one person whatever their case or spaces: each office lists an address once,
/// and the jobs group by address, so a person who is a user of one comune and the contact of another
/// gets one message with a section each.</item>
/// </list>
/// </summary>
public sealed class RecipientBook
{
    /// <summary>The role of a prefettura's users, as <c>Scadenzario.Accounts.Roles.Prefettura</c> stores it.</summary>
    public const string PrefetturaRole = "prefettura";

    private const string PersonColumns = "SELECT user_id, display_name, email, ente_code, role, digest, urgent, escalation, postponement FROM notification_person";
    private const string EnteColumns = "SELECT code, kind, email_ufficio_elettorale, email_segretario, prefettura_code FROM ente";
    private const string AllPeople = $"{PersonColumns} ORDER BY display_name, user_id";
    private const string AllEnti = EnteColumns;
    private const string Prefetture = "SELECT code, name, email FROM prefettura";

    // Two statements rather than one with "@all OR …": a condition that may be true for every row
    // makes PostgreSQL read all 7,900 enti to describe one (the Oggi page does, on every request).
    private const string NamedEnti = $"""
        {EnteColumns} WHERE code = ANY($1)
        UNION
        {EnteColumns} WHERE kind <> 'comune'
        """;

    // One ente's page: its users, its prefettura's, and the owners of its contact addresses and of
    // its prefettura's, compared as Key compares them (the addresses are checked by Mailbox: no
    // spaces, so only the case is folded here). Each part reaches its rows by an index (migration
    // 0028), hence the UNION instead of an OR and the arrays instead of joins.
    private const string PeopleOfEnte = $"""
        {PersonColumns} WHERE ente_code = $1
        UNION
        {PersonColumns} WHERE role = '{PrefetturaRole}' AND ente_code = ANY(ARRAY(
            SELECT p.code FROM ente p
            WHERE p.kind <> 'comune' AND p.prefettura_code = (SELECT prefettura_code FROM ente WHERE code = $1)))
        UNION
        {PersonColumns} WHERE lower(email) = ANY(ARRAY(
            SELECT lower(btrim(a.address))
            FROM ente e
            CROSS JOIN LATERAL (VALUES (e.email_ufficio_elettorale), (e.email_segretario),
                                       ((SELECT email FROM prefettura WHERE code = e.prefettura_code))) a(address)
            WHERE e.code = $1 AND a.address IS NOT NULL))
        ORDER BY display_name, user_id
        """;

    // One ente's page: the ente, and the provinces its prefettura serves (whose users are the prefettura's).
    private const string EnteAndItsProvinces = $"""
        {EnteColumns} WHERE code = $1
        UNION
        {EnteColumns} WHERE kind <> 'comune' AND prefettura_code = (SELECT prefettura_code FROM ente WHERE code = $1)
        """;

    private const string PrefetturaOfEnte = "SELECT code, name, email FROM prefettura WHERE code = (SELECT prefettura_code FROM ente WHERE code = $1)";

    private readonly Dictionary<string, List<Person>> byEnte;
    private readonly Dictionary<string, List<Person>> byPrefettura;
    private readonly Dictionary<string, List<Person>> byAddress;
    private readonly Dictionary<string, EnteContact> enti;
    private readonly Dictionary<string, (string Name, string? Email)> prefetture;
    private readonly Dictionary<string, string> provinceOfPrefettura;

    private RecipientBook(IReadOnlyList<Person> people, Dictionary<string, EnteContact> enti, Dictionary<string, (string Name, string? Email)> prefetture, Dictionary<string, string> prefetturaOfProvince)
    {
        this.enti = enti;
        this.prefetture = prefetture;
        provinceOfPrefettura = prefetturaOfProvince.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).First());
        byEnte = people.Where(p => p.Role != PrefetturaRole).GroupBy(p => p.EnteCode).ToDictionary(g => g.Key, g => g.ToList());
        byPrefettura = people.Where(p => p.Role == PrefetturaRole && prefetturaOfProvince.ContainsKey(p.EnteCode))
            .GroupBy(p => prefetturaOfProvince[p.EnteCode]).ToDictionary(g => g.Key, g => g.ToList());
        byAddress = people.GroupBy(p => Key(p.Email)).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>A recipient's key: addresses that differ only in case or surrounding spaces are one person.</summary>
    public static string Key(string address) => address.Trim().ToLowerInvariant();

    /// <summary>The addresses that receive <paramref name="kind"/> for the ente, each once.</summary>
    public IReadOnlyList<string> ForEnte(string code, NotificationKind kind)
    {
        if (byEnte.TryGetValue(code, out var users))
        {
            return Distinct(users.Where(u => u.Settings.Wants(kind)).Select(u => u.Email));
        }

        return enti.TryGetValue(code, out var ente) ? Contacts([ente.Ufficio, ente.Segretario], kind) : [];
    }

    /// <summary>The addresses that receive <paramref name="kind"/> for the prefettura, each once.</summary>
    public IReadOnlyList<string> ForPrefettura(string code, NotificationKind kind)
    {
        if (byPrefettura.TryGetValue(code, out var users))
        {
            return Distinct(users.Where(u => u.Settings.Wants(kind)).Select(u => u.Email));
        }

        return prefetture.TryGetValue(code, out var prefettura) ? Contacts([prefettura.Email], kind) : [];
    }

    /// <summary>The prefettura's name, or null when it is unknown.</summary>
    public string? PrefetturaName(string code) => prefetture.TryGetValue(code, out var p) ? p.Name : null;

    /// <summary>The province (sigla) a prefettura serves, whose dashboard its people open.</summary>
    public string? ProvinceOf(string prefettura) => provinceOfPrefettura.GetValueOrDefault(prefettura);

    /// <summary>The prefettura of an ente (of its province, for a comune).</summary>
    public string? PrefetturaOf(string code) => enti.TryGetValue(code, out var ente) ? ente.PrefetturaCode : null;

    /// <summary>Who receives what of the ente's messages, users first, as the ente's pages show it.</summary>
    public IReadOnlyList<Receiver> DescribeEnte(string code) =>
        Describe(byEnte.GetValueOrDefault(code), enti.TryGetValue(code, out var e) ? [e.Ufficio, e.Segretario] : [], RecipientSource.ContattoEnte, NotificationKinds.ForOffice);

    /// <summary>Who receives what of the prefettura's messages.</summary>
    public IReadOnlyList<Receiver> DescribePrefettura(string code) =>
        Describe(byPrefettura.GetValueOrDefault(code), prefetture.TryGetValue(code, out var p) ? [p.Email] : [], RecipientSource.ContattoPrefettura, NotificationKinds.ForPrefettura);

    /// <summary>
    /// For a job run: every person, the contacts of every ente (of <paramref name="enteCodes"/>
    /// only, when given, and of every province and città metropolitana) and every prefettura, in one
    /// round trip. Every person, because a run writes to the whole country (a prefettura's digest
    /// may name none of the comuni in <paramref name="enteCodes"/>); it is read once per run.
    /// </summary>
    public static Task<RecipientBook> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string>? enteCodes, CancellationToken cancellationToken) =>
        LoadAsync(connection, transaction, Command(AllPeople), enteCodes is null ? Command(AllEnti) : Command(NamedEnti, enteCodes.ToArray()), cancellationToken);

    /// <summary>
    /// For one ente's pages: what <see cref="DescribeEnte"/>, <see cref="ForEnte"/>,
    /// <see cref="PrefetturaOf"/> and, for its prefettura, <see cref="ForPrefettura"/>,
    /// <see cref="DescribePrefettura"/>, <see cref="PrefetturaName"/> and <see cref="ProvinceOf"/>
    /// answer as the whole book would, reading only what they concern (the ente, its prefettura and
    /// its provinces; their users and the owners of their contact addresses), not every user and
    /// office of the country at every request. Other enti and prefetture are not in it.
    /// </summary>
    public static async Task<RecipientBook> LoadForEnteAsync(NpgsqlDataSource dataSource, string enteCode, CancellationToken cancellationToken = default) =>
        (await LoadForEnteAsync(dataSource, enteCode, withContacts: false, cancellationToken)).Book;

    /// <summary>
    /// <see cref="LoadForEnteAsync(NpgsqlDataSource, string, CancellationToken)"/> and, when
    /// <paramref name="withContacts"/>, the ente's <see cref="ContactCard"/>, in one round trip:
    /// what the "who receives what" section of an ente's pages shows.
    /// </summary>
    public static async Task<(RecipientBook Book, ContactCard? Contacts)> LoadForEnteAsync(NpgsqlDataSource dataSource, string enteCode, bool withContacts, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = Batch(connection, null, Command(PeopleOfEnte, enteCode), Command(EnteAndItsProvinces, enteCode), Command(PrefetturaOfEnte, enteCode));
        if (withContacts)
        {
            ContactCard.AddTo(batch, enteCode);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var book = await ReadAsync(reader, cancellationToken);
        return (book, withContacts && await reader.NextResultAsync(cancellationToken) ? await ContactCard.ReadAsync(reader, cancellationToken) : null);
    }

    private static async Task<RecipientBook> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, NpgsqlBatchCommand people, NpgsqlBatchCommand enti, CancellationToken cancellationToken)
    {
        await using var batch = Batch(connection, transaction, people, enti, Command(Prefetture));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, cancellationToken);
    }

    // The people, the enti and the prefetture, in one round trip.
    private static NpgsqlBatch Batch(NpgsqlConnection connection, NpgsqlTransaction? transaction, NpgsqlBatchCommand people, NpgsqlBatchCommand enti, NpgsqlBatchCommand prefetture) =>
        new(connection, transaction) { BatchCommands = { people, enti, prefetture } };

    // Reads the batch's three results, leaving the reader on the last.
    private static async Task<RecipientBook> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var persons = new List<Person>();
        while (await reader.ReadAsync(cancellationToken))
        {
            persons.Add(new Person(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                new NotificationSettings(reader.GetBoolean(5), reader.GetBoolean(6), reader.GetBoolean(7), reader.GetBoolean(8))));
        }

        await reader.NextResultAsync(cancellationToken);
        var contacts = new Dictionary<string, EnteContact>();
        var prefetturaOfProvince = new Dictionary<string, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            var prefettura = reader.IsDBNull(4) ? null : reader.GetString(4);
            contacts[code] = new EnteContact(reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), prefettura);
            if (reader.GetString(1) != EnteKinds.Comune && prefettura is not null)
            {
                prefetturaOfProvince[code] = prefettura;
            }
        }

        await reader.NextResultAsync(cancellationToken);
        var prefetture = new Dictionary<string, (string Name, string? Email)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            prefetture[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        return new RecipientBook(persons, contacts, prefetture, prefetturaOfProvince);
    }

    // A contact address receives unless it is a person's who chose not to receive this kind.
    private IReadOnlyList<string> Contacts(IEnumerable<string?> addresses, NotificationKind kind) =>
        Distinct(addresses.OfType<string>().Where(a => a.Trim().Length > 0)
            .Where(a => !byAddress.TryGetValue(Key(a), out var owners) || owners.Any(o => o.Settings.Wants(kind)))
            .Select(a => a.Trim()));

    private IReadOnlyList<Receiver> Describe(List<Person>? users, IEnumerable<string?> contacts, RecipientSource source, IReadOnlyList<NotificationKind> kinds)
    {
        if (users is not null)
        {
            return [.. users.DistinctBy(u => Key(u.Email)).Select(u => new Receiver(u.Email.Trim(), u.Name, RecipientSource.Utente, [.. kinds.Where(u.Settings.Wants)]))];
        }

        return [.. contacts.OfType<string>().Where(a => a.Trim().Length > 0).DistinctBy(Key).Select(a => new Receiver(a.Trim(), null, source,
            [.. kinds.Where(k => !byAddress.TryGetValue(Key(a), out var owners) || owners.Any(o => o.Settings.Wants(k)))]))];
    }

    private static NpgsqlBatchCommand Command(string sql) => new(sql);

    private static NpgsqlBatchCommand Command(string sql, object parameter) => new(sql) { Parameters = { new NpgsqlParameter { Value = parameter } } };

    private static IReadOnlyList<string> Distinct(IEnumerable<string> addresses) => [.. addresses.Select(a => a.Trim()).DistinctBy(Key)];

    private sealed record EnteContact(string? Ufficio, string? Segretario, string? PrefetturaCode);
}
