using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Scadenzario.Data;

/// <summary>
/// The connection to Scadenzario's PostgreSQL, from the standard configuration key
/// <c>ConnectionStrings:Scadenzario</c> (environment variable <c>ConnectionStrings__Scadenzario</c>).
/// </summary>
public static class Database
{
    public const string ConnectionStringKey = "Scadenzario";

    /// <summary>The migrations shipped next to the program.</summary>
    public static string MigrationsDirectory => Path.Combine(AppContext.BaseDirectory, "migrations");

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringKey) is { Length: > 0 } value
            ? value
            : throw new DatabaseNotConfiguredException(
                "Connessione al database non configurata: impostare ConnectionStrings:Scadenzario " +
                "(variabile d'ambiente ConnectionStrings__Scadenzario), oppure avviare con ./run.sh.");

    /// <summary>
    /// The process's pool. <paramref name="servesPages"/> is for the web, where a page runs the same
    /// few statements at every request (the session check, an ente's day, who receives its
    /// messages) and PostgreSQL spent more time on them than running them:
    /// <list type="bullet">
    /// <item>parsing and planning each of them again (about 2 ms of Oggi's 4.5): Npgsql prepares, on
    /// each connection, the statements it has run three times (the last 100), and keeps them
    /// across the pool's reuse;</item>
    /// <item>resetting the session at each return to the pool (0.2 ms each, four or five times a
    /// page, once statements are prepared): not done, because no statement of the product leaves
    /// anything in the session (temporary tables are ON COMMIT DROP, settings SET LOCAL, advisory
    /// locks per transaction; <c>SessionStateTests</c> checks the sources).</item>
    /// </list>
    /// The CLI and the jobs keep the defaults: their statements run a few times over sets of very
    /// different size (one ente, a province, the country), where PostgreSQL's generic plan for a
    /// prepared statement could be a poor one; unprepared, each is planned for its own parameters.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, bool servesPages = false)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        if (servesPages && connection.MaxAutoPrepare == 0)
        {
            connection.MaxAutoPrepare = 100;
            connection.AutoPrepareMinUsages = 3;
            connection.NoResetOnClose = true;
        }

        var builder = new NpgsqlDataSourceBuilder(connection.ConnectionString);
        builder.UseNodaTime();
        return builder.Build();
    }
}

/// <summary>No connection string is configured: the CLI and the web say so instead of failing on a null.</summary>
public sealed class DatabaseNotConfiguredException(string message) : InvalidOperationException(message);
