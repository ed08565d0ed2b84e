using Npgsql;

namespace Scadenzario.Data.Recipients;

/// <summary>
/// The names of the people behind the user names that records store. The history and the
/// completions keep the user name (it identifies the account, and a person may change how their
/// name is written); what offices read is the person's name. Actors that are no account (the
/// synchronizer, the command line) are left out and shown as stored.
/// </summary>
public static class PeopleNames
{
    /// <summary>User name → display name, for those of <paramref name="userNames"/> that are accounts with a name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LookupAsync(NpgsqlDataSource dataSource, IEnumerable<string?> userNames, CancellationToken cancellationToken = default)
    {
        var names = userNames.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (names.Length == 0)
        {
            return found;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT user_name, display_name FROM asp_net_users
            WHERE user_name = ANY(@names) AND display_name <> ''
            """);
        command.Parameters.AddWithValue("names", names);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = reader.GetString(1);
        }

        return found;
    }
}
