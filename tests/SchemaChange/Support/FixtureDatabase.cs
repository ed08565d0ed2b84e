using Npgsql;
using Scadenzario.Data.Migrations;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.SchemaChange;

/// <summary>
/// The byte-for-byte fixture of issue 15 in a fresh database: migrated up to the migration the
/// dump was written at (0025), the committed dump loaded, then migrated to the latest, as a
/// deployed database would be by the schema change.
/// </summary>
public sealed class FixtureDatabase : IAsyncLifetime
{
    /// <summary>The migration the dump's data was written at (tests/SchemaChange/Generator).</summary>
    public const int DumpedAt = 25;

    public const string Genova = "010025";
    public const string Arenzano = "010001";
    public const string Rapallo = "010046";
    public const string Rossiglione = "010051";
    public const long Tornata = 1;

    /// <summary>The token of Genova's feed, written by the generator.</summary>
    public const string FeedToken = "snapshot0feed0token0of0genova000000000000";

    private readonly TestDatabase database = new() { Migrate = false };

    public static string Folder => Path.Combine(PostgresServer.RepositoryRoot, "tests", "SchemaChange");

    public string ConnectionString => database.ConnectionString;

    public NpgsqlDataSource DataSource => database.DataSource;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await MigrationRunner.MigrateAsync(DataSource, TestDatabase.MigrationsDirectory, DumpedAt);
        // On a connection of its own: the dump empties search_path for its session.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            // The dump holds every row at 0025, the migrations' seeded rows (cursors, …) included:
            // those are emptied first. Only the tables that have rows: the histories refuse a TRUNCATE.
            await using (var empty = new NpgsqlCommand("""
                DO $$
                DECLARE t text; filled boolean;
                BEGIN
                    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_history' LOOP
                        EXECUTE format('SELECT EXISTS (SELECT FROM public.%I)', t) INTO filled;
                        IF filled THEN
                            EXECUTE format('TRUNCATE public.%I CASCADE', t);
                        END IF;
                    END LOOP;
                END $$
                """, connection))
            {
                await empty.ExecuteNonQueryAsync();
            }

            await using var load = new NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(Folder, "fixture-0025.sql")), connection);
            await load.ExecuteNonQueryAsync();
        }

        await MigrationRunner.MigrateAsync(DataSource, TestDatabase.MigrationsDirectory);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    /// <summary>The id of an act of the fixture, by ente and rule (ids are the dump's, kept by the migrations).</summary>
    public async Task<long> ActAsync(string ente, string rule) =>
        await database.ScalarAsync<long>($"SELECT id FROM adempimento WHERE tornata_id = {Tornata} AND ente_code = '{ente}' AND rule_id = '{rule}'");

    public Task<T?> ScalarAsync<T>(string sql) => database.ScalarAsync<T>(sql);
}
