using System.CommandLine;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data;
using Scadenzario.Data.Migrations;

namespace Scadenzario.Cli.Db;

/// <summary><c>scadenzario db migrate</c>: applies the pending migrations of <c>migrations/</c>.</summary>
internal static class DbCommand
{
    public static Command Create(CliEnvironment env)
    {
        var migrate = new Command("migrate", "Applica al database le migrazioni non ancora applicate.");
        migrate.SetAction((_, cancellationToken) => env.WithDatabase(
            async dataSource =>
            {
                var applied = await MigrationRunner.MigrateAsync(dataSource, Database.MigrationsDirectory, cancellationToken);
                env.Out.WriteLine(applied.Count == 0
                    ? "Il database è già aggiornato."
                    : $"Migrazioni applicate: {string.Join(", ", applied.Select(f => f.FileName))}.");
                return ExitCodes.Success;
            },
            migrate: false));

        return new Command("db", "Gestione del database.") { migrate };
    }
}
