namespace Scadenzario.Cli;

/// <summary>
/// Where the calendar files are: the <c>--calendars</c> option, else the
/// <c>SCADENZARIO_CALENDARS</c> variable, else the copy built next to the program.
/// </summary>
internal static class CalendarsLocation
{
    public const string EnvironmentVariable = "SCADENZARIO_CALENDARS";

    public static string Resolve(string? option) =>
        option
        ?? Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? Path.Combine(AppContext.BaseDirectory, "calendars");
}
