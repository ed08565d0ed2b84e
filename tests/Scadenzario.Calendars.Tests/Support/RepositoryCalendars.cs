using Scadenzario.Calendars;

namespace Scadenzario.Calendars.Tests.Support;

/// <summary>The repository's own <c>calendars/</c>, loaded once for all tests.</summary>
public static class RepositoryCalendars
{
    public static string Directory { get; } = FindDirectory();

    private static readonly Lazy<CalendarSet> Loaded = new(() => CalendarSet.Load(Directory!));

    public static CalendarSet Set => Loaded.Value;

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "calendars");
            if (File.Exists(Path.Combine(candidate, "index.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("calendars/index.yaml not found above " + AppContext.BaseDirectory);
    }
}
