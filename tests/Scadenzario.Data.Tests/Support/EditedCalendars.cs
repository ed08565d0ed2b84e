using Scadenzario.Calendars;

namespace Scadenzario.Data.Tests.Support;

/// <summary>
/// A copy of the repository's calendars with the edits a test makes to one file (a rule added, a
/// term moved), loaded through the same validation. Deleted with the object.
/// </summary>
public sealed class EditedCalendars : IDisposable
{
    public EditedCalendars(string file, Func<string, string> edit)
    {
        var source = Path.Combine(PostgresServer.RepositoryRoot, "calendars");
        Directory = Path.Combine(Path.GetTempPath(), "scadenzario-edited-calendars-" + Guid.NewGuid().ToString("N"));
        foreach (var path in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, path));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }

        var edited = Path.Combine(Directory, file);
        var before = File.ReadAllText(edited);
        var after = edit(before);
        if (after == before)
        {
            throw new InvalidOperationException($"The edit of {file} changed nothing: the text it looks for is not there any more.");
        }

        File.WriteAllText(edited, after);
        Calendars = CalendarSet.Load(Directory);
    }

    public string Directory { get; }

    public CalendarSet Calendars { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
