namespace Scadenzario.Benchmarks;

/// <summary>
/// Finds the repository from wherever BenchmarkDotNet runs the benchmark (it builds a copy under
/// bin/), and the shared reference data beside it.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Calendars => Path.Combine(Root, "calendars");

    /// <summary>The ISTAT-style comuni list of the shared folder next to the checkout.</summary>
    public static string Comuni => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "comuni.csv"));

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Scadenzario.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Scadenzario.sln not found above the working directory");
    }
}
