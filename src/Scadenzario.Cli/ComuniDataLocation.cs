namespace Scadenzario.Cli;

/// <summary>
/// Where the comuni data shipped with the program is (<c>data/comuni/comuni.csv</c>, see its
/// README): the option given (e.g. <c>--comuni-data</c>), else the <c>SCADENZARIO_COMUNI</c>
/// variable, else the copy built next to the program.
/// </summary>
public static class ComuniDataLocation
{
    public const string EnvironmentVariable = "SCADENZARIO_COMUNI";

    /// <summary>The path of the file next to the program.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "data", "comuni", "comuni.csv");

    /// <summary>An empty option or variable counts as not given.</summary>
    public static string Resolve(string? option = null) =>
        option is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured
        : Shipped;
}
