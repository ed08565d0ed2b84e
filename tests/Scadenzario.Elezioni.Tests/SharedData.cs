namespace Scadenzario.Elezioni.Tests;

/// <summary>The shared reference data that sits next to the checkout (../shared/data from the repository root).</summary>
internal static class SharedData
{
    public static string File(string name) => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", name));

    /// <summary>Rows of a header-first CSV without quoted fields, as dictionaries by column name.</summary>
    public static List<Dictionary<string, string>> Csv(string name)
    {
        var lines = System.IO.File.ReadAllLines(File(name));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Scadenzario.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scadenzario.sln not found above " + AppContext.BaseDirectory);
    }
}
