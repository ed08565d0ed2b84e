using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Loading;
using Scadenzario.Data;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Migrations;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Verbali;
using Scadenzario.Jobs;

namespace Scadenzario.Cli.Infrastructure;

/// <summary>
/// What every command shares: its output streams, the clock, the configuration (connection string
/// from <c>ConnectionStrings:Scadenzario</c>), the services (built once, here, the first time a
/// command asks for one: Data's and Jobs' registrations, as the web uses them), and one way of
/// turning failures into Italian messages and exit codes.
/// </summary>
public sealed class CliEnvironment(TextWriter stdout, TextWriter stderr, IClock clock, IConfiguration configuration) : IDisposable
{
    private ServiceProvider? services;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public IClock Clock { get; } = clock;

    public IConfiguration Configuration { get; } = configuration;

    /// <summary>The one service provider of this run of the program.</summary>
    public IServiceProvider Services => services ??= BuildServices();

    /// <summary>A service of <see cref="Services"/>: Data's services and queries, the calendars, Jobs' options and transport.</summary>
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

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
            var dataSource = Get<NpgsqlDataSource>();
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

    /// <summary>The calendars of <c>--calendars</c> when a command takes the option, else the ones of <see cref="Services"/>.</summary>
    public CalendarSet LoadCalendars(string? directory = null) => directory is null ? Get<CalendarSet>() : CalendarSet.Load(CalendarsLocation.Resolve(directory));

    /// <summary>Closes the data source (its connection pool) at the end of the run.</summary>
    public void Dispose()
    {
        services?.Dispose();
        services = null;
    }

    private ServiceProvider BuildServices()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(Clock);
        collection.AddScadenzarioData(Configuration, () => CalendarsLocation.Resolve(null));
        collection.AddScadenzarioJobs(Configuration);
        collection.AddSingleton<IVerbaleRenderer, VerbaleRenderer>();
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
