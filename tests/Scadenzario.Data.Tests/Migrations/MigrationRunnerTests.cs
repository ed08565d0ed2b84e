using Npgsql;
using Scadenzario.Data.Migrations;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Migrations;

public sealed class MigrationRunnerTests : IAsyncLifetime
{
    private readonly TestDatabase database = new() { Migrate = false };
    private readonly string copy = Path.Combine(Path.GetTempPath(), "scadenzario-migrations-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(TestDatabase.MigrationsDirectory, "*.sql"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(copy, true);
    }

    [Fact]
    public async Task Migrate_FromEmpty_AppliesEveryFileInOrderAndRecordsChecksums()
    {
        var applied = await MigrationRunner.MigrateAsync(database.DataSource, copy);

        var files = MigrationRunner.ReadDirectory(copy);
        Assert.Equal(files.Select(f => f.FileName), applied.Select(f => f.FileName));
        Assert.Equal(files.Count, await database.ScalarAsync<int>("SELECT count(*) FROM schema_history"));
        Assert.Equal(files[0].Checksum, await database.ScalarAsync<string>("SELECT checksum FROM schema_history ORDER BY version LIMIT 1"));
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'adempimento'"));
    }

    [Fact]
    public async Task Migrate_Rerun_AppliesNothing()
    {
        await MigrationRunner.MigrateAsync(database.DataSource, copy);

        var again = await MigrationRunner.MigrateAsync(database.DataSource, copy);

        Assert.Empty(again);
    }

    [Fact]
    public async Task Migrate_AppliedFileChanged_IsRefusedWithAClearMessage()
    {
        await MigrationRunner.MigrateAsync(database.DataSource, copy);
        var first = Directory.EnumerateFiles(copy, "0001_*.sql").Single();
        await File.AppendAllTextAsync(first, "\n-- edited after being applied\n");

        var error = await Assert.ThrowsAsync<MigrationException>(() => MigrationRunner.MigrateAsync(database.DataSource, copy));

        Assert.Contains("0001_enti.sql", error.Message);
        Assert.Contains("già stata applicata ma il file è stato modificato", error.Message);
    }

    [Fact]
    public async Task Migrate_BrokenFile_ChangesNothing()
    {
        await File.WriteAllTextAsync(Path.Combine(copy, "9999_broken.sql"), "CREATE TABLE ok_so_far (id int);\nCREATE TABLE broken (id nonexistent_type);\n");

        var error = await Assert.ThrowsAsync<MigrationException>(() => MigrationRunner.MigrateAsync(database.DataSource, copy));

        Assert.Contains("9999_broken.sql", error.Message);
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('schema_history', 'ente', 'ok_so_far')"));
    }

    [Fact]
    public async Task Migrate_TwoNodesAtOnce_ApplyEachFileOnce()
    {
        var results = await Task.WhenAll(
            Task.Run(() => MigrationRunner.MigrateAsync(database.DataSource, copy)),
            Task.Run(() => MigrationRunner.MigrateAsync(database.DataSource, copy)));

        var files = MigrationRunner.ReadDirectory(copy);
        Assert.Equal(files.Count, results.Sum(r => r.Count));
        Assert.Equal(files.Count, await database.ScalarAsync<int>("SELECT count(*) FROM schema_history"));
    }

    [Fact]
    public void ReadDirectory_BadFileName_IsRefused()
    {
        File.WriteAllText(Path.Combine(copy, "add-things.sql"), "SELECT 1;");

        var error = Assert.Throws<MigrationException>(() => MigrationRunner.ReadDirectory(copy));

        Assert.Contains("add-things.sql", error.Message);
    }

    [Fact]
    public async Task History_CannotBeUpdatedOrDeleted()
    {
        await MigrationRunner.MigrateAsync(database.DataSource, copy);
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO ente (code, kind, name, region_code, region_name, special_statute, imported_at) VALUES ('GE', 'citta_metropolitana', 'Genova', '07', 'Liguria', false, now())");
        await command.ExecuteNonQueryAsync();

        await using var tamper = database.DataSource.CreateCommand("DELETE FROM adempimento_audit");
        var deleteOnEmpty = await tamper.ExecuteNonQueryAsync(); // no rows: nothing to refuse yet
        Assert.Equal(0, deleteOnEmpty);
        await using var truncate = database.DataSource.CreateCommand("TRUNCATE adempimento_audit");
        var error = await Assert.ThrowsAsync<PostgresException>(() => truncate.ExecuteNonQueryAsync());
        Assert.Contains("storico", error.MessageText);
    }
}
