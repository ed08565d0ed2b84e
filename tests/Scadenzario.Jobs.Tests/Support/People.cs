using Scadenzario.Data.Recipients;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Jobs.Tests.Support;

/// <summary>
/// Users of the product, written straight into the accounts' tables as the web's account
/// administration leaves them (the jobs read them through the view of migration 0018), with their
/// notification settings when given.
/// </summary>
public static class People
{
    public static async Task<string> AddAsync(TestDatabase database, string email, string ente, string role, NotificationSettings? settings = null, bool disabled = false)
    {
        var id = Guid.NewGuid().ToString("N");
        await using var command = database.DataSource.CreateCommand("""
            WITH role AS (
                INSERT INTO asp_net_roles (id, name, normalized_name) VALUES ($3, $3, upper($3)) ON CONFLICT DO NOTHING
            ), person AS (
                INSERT INTO asp_net_users (id, ente_code, display_name, user_name, normalized_user_name, email, normalized_email, email_confirmed,
                                           phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, lockout_end)
                VALUES ($1, $2, $4, $1, upper($1), $5, upper($5), true, false, false, true, 0, CASE WHEN $6 THEN timestamptz '9999-12-31 23:59:59+00' END)
            )
            INSERT INTO asp_net_user_roles (user_id, role_id) VALUES ($1, $3)
            """);
        foreach (var value in new object[] { id, ente, role, $"Utente {email}", email, disabled })
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
        if (settings is not null)
        {
            await new NotificationSettingsStore(database.DataSource, NodaTime.SystemClock.Instance).SaveAsync(id, settings);
        }

        return id;
    }
}
