using System.Diagnostics;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Migrations;
using Scadenzario.SchemaChange.Generator;

// Usage (from the repository root, with a PostgreSQL of scripts/postgres.sh):
//   export ConnectionStrings__Scadenzario=$(scripts/postgres.sh start /tmp/pg-snapshot)
//   dotnet run --project tests/SchemaChange/Generator -- tests/SchemaChange/fixture-0025.sql
var root = FindRoot();
var output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(root, "tests", "SchemaChange", "fixture-0025.sql"));
var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Scadenzario")
    ?? throw new InvalidOperationException("ConnectionStrings__Scadenzario is not set (scripts/postgres.sh start DIR prints one).");
var admin = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false };
var name = "scadenzario_snapshot_" + Guid.NewGuid().ToString("N")[..12];
await Sql(admin.ConnectionString, $"CREATE DATABASE {name}");
try
{
    var connection = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString;
    await using (var dataSource = Database.CreateDataSource(connection))
    {
        await MigrationRunner.MigrateAsync(dataSource, Path.Combine(root, "migrations"), FixtureStory.SchemaVersion);
        var clock = new FakeClock(FixtureStory.Start);
        var comuni = ComuniCsv.Read(Path.Combine(root, "..", "shared", "data", "comuni.csv")).Where(c => c.ProvinceCode == "GE").ToList();
        await EntiImporter.ImportAsync(dataSource, comuni, clock);
        await FixtureStory.TellAsync(dataSource, CalendarSet.Load(Path.Combine(root, "calendars")), clock);
    }

    NpgsqlConnection.ClearAllPools();
    Dump(new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }, output);
    Console.WriteLine($"{output}: {new FileInfo(output).Length} bytes");
}
finally
{
    await Sql(admin.ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
}

// The data only (the schema is the migrations'), as INSERTs Npgsql can run, without the runner's
// own table (the loading database has its history already) and without the volatile parts of
// pg_dump's header that would make every regeneration a diff.
static void Dump(NpgsqlConnectionStringBuilder database, string output)
{
    var pgDump = Directory.EnumerateFiles("/usr/lib/postgresql", "pg_dump", SearchOption.AllDirectories).Order().LastOrDefault() ?? "pg_dump";
    var start = new ProcessStartInfo(pgDump,
    [
        "--data-only", "--inserts", "--rows-per-insert=200", "--no-owner", "--no-privileges", "--no-comments",
        "--exclude-schema=hangfire", "--exclude-table=schema_history",
        "-h", database.Host!, "-p", database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", database.Username!, database.Database!,
    ])
    { RedirectStandardOutput = true, RedirectStandardError = true };
    using var process = Process.Start(start)!;
    var sql = process.StandardOutput.ReadToEnd();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"pg_dump failed: {error}");
    }

    // psql's meta-commands (\restrict, \unrestrict of recent pg_dump) are not SQL: Npgsql refuses them.
    var lines = sql.Split('\n').Where(l => !l.StartsWith('\\') && !l.StartsWith("-- Dumped", StringComparison.Ordinal));
    File.WriteAllText(output, string.Join('\n', lines));
}

static async Task Sql(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Scadenzario.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Scadenzario.sln not found above " + AppContext.BaseDirectory);
}
