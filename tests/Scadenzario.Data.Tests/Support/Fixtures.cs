using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars;
using Scadenzario.Data.Enti;

namespace Scadenzario.Data.Tests.Support;

/// <summary>The repository's calendars and a few real comuni of shared/data, for the integration tests.</summary>
public static class Fixtures
{
    private static readonly Lazy<CalendarSet> LoadedCalendars = new(() => CalendarSet.Load(Path.Combine(PostgresServer.RepositoryRoot, "calendars")));

    public static CalendarSet Calendars => LoadedCalendars.Value;

    /// <summary>12 noon in Rome on 1 March 2024, before the tornata of June 2024.</summary>
    public static Instant March2024 { get; } = Instant.FromUtc(2024, 3, 1, 11, 0);

    public static FakeClock Clock() => new(March2024);

    public static string ComuniCsvPath => Path.GetFullPath(Path.Combine(PostgresServer.RepositoryRoot, "..", "shared", "data", "comuni.csv"));

    /// <summary>The rows of shared/data for the given provinces (all of Italy when none).</summary>
    public static IReadOnlyList<ComuneRow> Comuni(params string[] provinces)
    {
        var all = ComuniCsv.Read(ComuniCsvPath);
        return provinces.Length == 0 ? all : [.. all.Where(c => provinces.Contains(c.ProvinceCode))];
    }

    public static async Task ImportAsync(TestDatabase database, params string[] provinces) =>
        await EntiImporter.ImportAsync(database.DataSource, Comuni(provinces), Clock());
}
