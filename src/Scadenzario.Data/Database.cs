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

    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        return builder.Build();
    }
}

/// <summary>No connection string is configured: the CLI and the web say so instead of failing on a null.</summary>
public sealed class DatabaseNotConfiguredException(string message) : InvalidOperationException(message);
