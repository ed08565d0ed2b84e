using Scadenzario.Data.Migrations;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Migrations;

/// <summary>The runner's "up to migration N": what the byte-for-byte test of a schema change loads its older data into.</summary>
public sealed class MigrationRunnerUpToTests : IAsyncLifetime
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

        // A later migration, as the schema change will add: it must wait for the second call.
        await File.WriteAllTextAsync(Path.Combine(copy, "9998_later.sql"), "CREATE TABLE later_table (id int);\n");
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(copy, true);
    }

    [Fact]
    public async Task MigrateUpTo_AppliesThroughThatVersionOnly_ThenTheRestLater()
    {
        var upTo = await MigrationRunner.MigrateAsync(database.DataSource, copy, 25);

        Assert.Equal(25, upTo[^1].Version);
        Assert.Equal(25, await database.ScalarAsync<int>("SELECT max(version) FROM schema_history"));
        Assert.Equal(0, await database.ScalarAsync<int>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'later_table'"));

        var rest = await MigrationRunner.MigrateAsync(database.DataSource, copy);

        Assert.Equal(MigrationRunner.ReadDirectory(copy).Where(f => f.Version > 25).Select(f => f.FileName), rest.Select(f => f.FileName));
        Assert.Equal(1, await database.ScalarAsync<int>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'later_table'"));
    }
}
