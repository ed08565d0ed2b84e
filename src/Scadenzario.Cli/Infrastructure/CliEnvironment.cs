using Microsoft.Extensions.Configuration;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Loading;
using Scadenzario.Data;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Migrations;

namespace Scadenzario.Cli.Infrastructure;

/// <summary>
/// What every command shares: its output streams, the clock, the configuration (connection string
/// from <c>ConnectionStrings:Scadenzario</c>), and one way of turning failures into Italian
/// messages and exit codes.
/// </summary>
public sealed class CliEnvironment(TextWriter stdout, TextWriter stderr, IClock clock, IConfiguration configuration)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public IClock Clock { get; } = clock;

    public IConfiguration Configuration { get; } = configuration;

    public static IConfiguration DefaultConfiguration() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>
    /// Runs a database command: opens the data source, brings the schema up to date (the
    /// migrations are applied at start-up), and maps refusals to their exit codes (<see cref="ExitCodes.Of"/>) with the reason.
    /// </summary>
    public async Task<int> WithDatabase(Func<NpgsqlDataSource, Task<int>> action, bool migrate = true)
    {
        try
        {
            await using var dataSource = Database.CreateDataSource(Database.ConnectionString(Configuration));
            if (migrate)
            {
                await MigrationRunner.MigrateAsync(dataSource, Database.MigrationsDirectory);
            }

            return await action(dataSource);
        }
        catch (DomainException e)
        {
            Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.Of(e);
        }
        catch (FormatException e)
        {
            Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ComuniCsvException e)
        {
            Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (CalendarLoadException e)
        {
            Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidCalendars;
        }
        catch (MigrationException e)
        {
            Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (DatabaseNotConfiguredException e)
        {
            Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            Error.WriteLine($"errore: database non raggiungibile ({e.Message}).");
            return ExitCodes.Failure;
        }
    }

    public CalendarSet LoadCalendars(string? directory = null) => CalendarSet.Load(CalendarsLocation.Resolve(directory));
}
