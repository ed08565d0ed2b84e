namespace Scadenzario.Cli.Enti;

/// <summary>
/// Which comuni list <c>enti import</c> reads: the file given, else the <c>SCADENZARIO_COMUNI</c>
/// variable, else the ISTAT list shipped with the program (data/comuni/comuni.csv of the
/// repository, copied next to the program by the build).
/// </summary>
internal static class ComuniLocation
{
    public const string EnvironmentVariable = "SCADENZARIO_COMUNI";

    public static string Resolve(string? argument) =>
        argument is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured
        : Path.Combine(AppContext.BaseDirectory, "data", "comuni", "comuni.csv");
}
