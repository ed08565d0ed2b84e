using Npgsql;
using Scadenzario.Data.Migrations;

namespace Scadenzario.Data.Tests.Support;

/// <summary>A fresh database on the real server for one test class: created empty, migrated from scratch, dropped at the end.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public string Name { get; } = "scadenzario_t_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public static string MigrationsDirectory => Path.Combine(PostgresServer.RepositoryRoot, "migrations");

    /// <summary>Set to false by tests of the migration runner itself.</summary>
    public bool Migrate { get; init; } = true;

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = Name, Pooling = true }.ConnectionString;
        DataSource = Database.CreateDataSource(ConnectionString);
        if (Migrate)
        {
            await MigrationRunner.MigrateAsync(DataSource, MigrationsDirectory);
        }
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
