using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data;

/// <summary>
/// Data's services as the web and the CLI register them: one data source (one connection pool)
/// for the process, the calendars loaded once, and the services and queries over them. The clock
/// (<see cref="NodaTime.IClock"/>) is the composition root's: the system clock, or a fake one in tests.
/// </summary>
public static class DataServices
{
    /// <summary>
    /// The calendars from <c>Scadenzario:Calendars</c>, else the copy built next to the program;
    /// <paramref name="servesPages"/> as <see cref="Database.CreateDataSource"/> says (the web's).
    /// </summary>
    public static IServiceCollection AddScadenzarioData(this IServiceCollection services, IConfiguration configuration, bool servesPages = false) =>
        services.AddScadenzarioData(configuration, () => configuration["Scadenzario:Calendars"] ?? Path.Combine(AppContext.BaseDirectory, "calendars"), servesPages);

    /// <summary>
    /// With the calendars' directory chosen by the caller; it is asked (like the connection string)
    /// only when a service first needs it, so a command that needs neither never fails on them.
    /// </summary>
    public static IServiceCollection AddScadenzarioData(this IServiceCollection services, IConfiguration configuration, Func<string> calendarsDirectory, bool servesPages = false)
    {
        services.AddSingleton<NpgsqlDataSource>(_ => Database.CreateDataSource(Database.ConnectionString(configuration), servesPages));
        services.AddSingleton(_ => CalendarSet.Load(calendarsDirectory()));
        services.AddSingleton<AdempimentiService>();
        services.AddSingleton<EnteDayQuery>();
        services.AddSingleton<ProvinceDashboardQueries>();
        services.AddSingleton<TornataService>();
        services.AddSingleton<TornataRulesSync>();
        services.AddSingleton<UfficioElettorale>(); // needs an IVerbaleRenderer, registered by the caller (Documenti)
        return services;
    }
}
