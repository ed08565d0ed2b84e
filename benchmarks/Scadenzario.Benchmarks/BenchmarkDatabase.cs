using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Migrations;

namespace Scadenzario.Benchmarks;

/// <summary>
/// A database of its own on the server of <c>ConnectionStrings__Scadenzario</c>
/// (scripts/benchmark.sh starts a throw-away cluster and sets it), created and migrated from scratch.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string admin;

    private BenchmarkDatabase(string admin, string name, NpgsqlDataSource dataSource)
    {
        this.admin = admin;
        Name = name;
        DataSource = dataSource;
    }

    public string Name { get; }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<BenchmarkDatabase> CreateAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Scadenzario")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Scadenzario, or run scripts/benchmark.sh");
        var admin = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = "scadenzario_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var dataSource = Database.CreateDataSource(new NpgsqlConnectionStringBuilder(configured) { Database = name }.ConnectionString);
        await MigrationRunner.MigrateAsync(dataSource, Path.Combine(RepositoryPaths.Root, "migrations"));
        return new BenchmarkDatabase(admin, name, dataSource);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
