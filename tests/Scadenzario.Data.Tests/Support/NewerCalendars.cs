using System.Text.RegularExpressions;
using Scadenzario.Calendars;

namespace Scadenzario.Data.Tests.Support;

/// <summary>
/// A copy of the repository's calendars as a newer release would ship them: the version gains a
/// component (so it is newer than the repository's, whatever that is), one rule moves a day
/// earlier, one rule is dropped and one is added. Deleted with the object.
/// </summary>
public sealed partial class NewerCalendars : IDisposable
{
    /// <summary>Posted on the 35th day before the vote today; one day earlier in the copy.</summary>
    public const string MovedRule = "revisione.elenco-non-diciottenni";

    /// <summary>A rule of the europee that nothing is anchored to, gone from the copy.</summary>
    public const string DroppedRule = "europee.naviganti";

    /// <summary>A rule of the europee only in the copy (not of the common acts, which regional files may have to account for): 20 days before the vote.</summary>
    public const string AddedRule = "europee.prova-nuova-regola";

    public NewerCalendars()
    {
        var source = Path.Combine(PostgresServer.RepositoryRoot, "calendars");
        Directory = Path.Combine(Path.GetTempPath(), "scadenzario-newer-calendars-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Edit("index.yaml", text => Version().Replace(text, m => $"version: \"{m.Groups[1].Value}.1\"", 1));
        Edit("comune.yaml", text =>
        {
            var (start, end) = Block(text, MovedRule);
            var due = DueDay().Match(text[..end], start);
            if (!due.Success)
            {
                throw new InvalidOperationException($"{MovedRule} has no `due: {{ day: N }}` any more: choose another rule to move in NewerCalendars.");
            }

            var day = int.Parse(due.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return string.Concat(text.AsSpan(0, due.Index), $"due: {{ day: {day - 1} }}", text.AsSpan(due.Index + due.Length));
        });
        Edit("europee.yaml", text =>
        {
            var (start, end) = Block(text, DroppedRule);
            return text.Remove(start, end - start).TrimEnd() + $$"""


              - id: {{AddedRule}}
                title: Adempimento introdotto dalla nuova versione
                actor: ufficio-elettorale
                kind: scadenza
                due: { day: -20 }
                basis: "norma di prova"

            """;
        });
        Calendars = CalendarSet.Load(Directory);
    }

    public string Directory { get; }

    public CalendarSet Calendars { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>Where a rule's YAML block starts and ends (the next rule, or the end of the file).</summary>
    private static (int Start, int End) Block(string text, string rule)
    {
        var start = text.IndexOf($"  - id: {rule}\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"{rule} is not in the calendars any more: choose another rule in NewerCalendars.");
        }

        var next = text.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal);
        return (start, next < 0 ? text.Length : next + 1);
    }

    private void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(Directory, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [GeneratedRegex("""^version: "([^"]+)"$""", RegexOptions.Multiline)]
    private static partial Regex Version();

    [GeneratedRegex(@"due: \{ day: (-?[0-9]+) \}")]
    private static partial Regex DueDay();
}
