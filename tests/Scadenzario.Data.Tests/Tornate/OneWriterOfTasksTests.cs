using System.Text.RegularExpressions;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// The synchronizer is the only writer of <c>adempimento</c> rows: it creates them, dates and re-dates
/// them and marks them not applicable, with their moves and audit, for every act of every consultation
/// (issue 15, item 1). Offices complete and reopen acts elsewhere, but no other code creates one or
/// changes its dates. Read from the sources, since a second writer is a design error the database
/// cannot see: each pattern below also matches the synchronizer, so the test cannot pass by matching nothing.
/// </summary>
public sealed partial class OneWriterOfTasksTests
{
    private const string Synchronizer = "src/Scadenzario.Data/Tornate/AdempimentiSynchronizer.cs";

    [Fact]
    public void Sources_OnlyTheSynchronizerInsertsAdempimenti() =>
        Assert.Equal([Synchronizer], FilesWhere(text => InsertIntoAdempimento().IsMatch(text) || EntityAdded().IsMatch(text)));

    [Fact]
    public void Sources_OnlyTheSynchronizerDatesAdempimentiOrMarksThemNotApplicable() =>
        Assert.Equal([Synchronizer], FilesWhere(text =>
            UpdateAdempimento().Matches(text).Any(m => DatesOrNotApplicable().IsMatch(m.Groups["set"].Value)) || EntityDated().IsMatch(text)));

    private static List<string> FilesWhere(Func<string, bool> writes)
    {
        var root = PostgresServer.RepositoryRoot;
        return [.. Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => writes(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];
    }

    // `adempimento` as a whole word: adempimento_audit, adempimento_move and the others are not task
    // rows. A COPY is an insert too (the synchronizer copies a new ente's acts straight in).
    [GeneratedRegex(@"(INSERT\s+INTO|COPY)\s+adempimento\b", RegexOptions.IgnoreCase)]
    private static partial Regex InsertIntoAdempimento();

    [GeneratedRegex(@"\bAdempimenti\s*\.\s*Add(Range)?(Async)?\s*\(")]
    private static partial Regex EntityAdded();

    // The SET clause of an UPDATE of the task rows (with or without an alias), up to what ends it.
    [GeneratedRegex(@"UPDATE\s+adempimento\b(?:\s+(?!SET\b)\w+)?\s+SET\s+(?<set>.*?)(?:\bFROM\b|\bWHERE\b|\bRETURNING\b|""""""|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex UpdateAdempimento();

    [GeneratedRegex(@"\b(start_date|start_time|due_date|due_time|due_local|due_at|offset_days)\s*=|\bstatus\s*=\s*'non_applicabile'", RegexOptions.IgnoreCase)]
    private static partial Regex DatesOrNotApplicable();

    // The same writes through EF: a tracked act's dates assigned, or ExecuteUpdate on them.
    [GeneratedRegex(@"\.(StartDate|StartTime|DueDate|DueTime|DueLocal|DueAt|OffsetDays)\s*=[^=>]|SetProperty\(\s*\w+\s*=>\s*\w+\.(StartDate|StartTime|DueDate|DueTime|DueLocal|DueAt|OffsetDays)\b")]
    private static partial Regex EntityDated();
}
