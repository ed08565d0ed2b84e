using System.Text.RegularExpressions;

namespace Scadenzario.Architecture.Tests;

/// <summary>
/// The web's pool does not reset a connection when it returns (<c>Database.CreateDataSource</c>,
/// <c>servesPages</c>): that is sound only while no statement of the product leaves anything in
/// the PostgreSQL session beyond its transaction. These tests read every source file for what would.
/// </summary>
public sealed partial class SessionStateTests
{
    [Fact]
    public void Sources_LeaveNothingInTheSession()
    {
        var root = RepositoryRoot();
        var leaks = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Leaks(File.ReadAllText(f)).Select(l => $"{Path.GetRelativePath(root, f)}: {l}"))
            .ToList();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Theory]
    [InlineData("\"\"\"\n    CREATE TEMP TABLE desired (a int)\n    \"\"\"", "CREATE TEMP TABLE")]
    [InlineData("\"CREATE TEMPORARY TABLE x (a int) ON COMMIT DELETE ROWS\"", "CREATE TEMPORARY TABLE")]
    [InlineData("\"SET work_mem = '256MB'\"", "SET work_mem")]
    [InlineData("\"SELECT 1; SET SESSION search_path TO x\"", "SET SESSION search_path")]
    [InlineData("\"SELECT set_config('work_mem', '1GB', false)\"", "set_config(")]
    [InlineData("\"SELECT pg_advisory_lock(42)\"", "pg_advisory_lock(")]
    [InlineData("\"LISTEN outbox\"", "LISTEN")]
    [InlineData("\"PREPARE q AS SELECT 1\"", "PREPARE")]
    [InlineData("\"DECLARE c CURSOR WITH HOLD FOR SELECT 1\"", "WITH HOLD")]
    public void Leaks_OfAStatementThatOutlivesItsTransaction_NamesIt(string source, string named)
    {
        Assert.Contains(Leaks(source), l => l.Contains(named, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("\"\"\"\n    CREATE TEMP TABLE desired (\n        a int\n    ) ON COMMIT DROP\n    \"\"\"")]
    [InlineData("\"SET LOCAL work_mem = '256MB'\"")]
    [InlineData("\"UPDATE outbox SET status = @status WHERE id = @id\"")]
    [InlineData("\"\"\"\n    UPDATE outbox o\n    SET locked_until = @until\n    \"\"\"")]
    [InlineData("\"SELECT pg_advisory_xact_lock(42)\"")]
    [InlineData("\"SELECT set_config('work_mem', '1GB', true)\"")]
    public void Leaks_OfStatementsBoundToTheirTransaction_IsEmpty(string source)
    {
        Assert.Empty(Leaks(source));
    }

    /// <summary>What in <paramref name="source"/> would stay in the session after its transaction.</summary>
    private static IEnumerable<string> Leaks(string source)
    {
        foreach (Match temp in TempTable().Matches(source))
        {
            // The table's statement ends with its string: ON COMMIT DROP must come before.
            var end = source.IndexOf('"', temp.Index + temp.Length);
            var statement = source[temp.Index..(end < 0 ? source.Length : end)];
            if (!statement.Contains("ON COMMIT DROP", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{temp.Value} without ON COMMIT DROP";
            }
        }

        foreach (var pattern in new[] { SessionSet(), SessionConfig(), SessionLock(), SessionStatement() })
        {
            foreach (Match match in pattern.Matches(source))
            {
                yield return match.Value.Trim('"', ';', ' ', '\n', '\r', '\t');
            }
        }
    }

    // A SET statement (at the start of a string or after a semicolon, so not an UPDATE's SET) that
    // is not SET LOCAL; the product writes SQL keywords in capitals and settings in lower case.
    [GeneratedRegex(@"(?<=(""|;)\s*)SET\s+(?!LOCAL\b)(SESSION\s+)?[a-z_.]+")]
    private static partial Regex SessionSet();

    [GeneratedRegex(@"CREATE\s+TEMP(ORARY)?\s+TABLE", RegexOptions.IgnoreCase)]
    private static partial Regex TempTable();

    [GeneratedRegex(@"set_config\s*\([^)]*,\s*false\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SessionConfig();

    [GeneratedRegex(@"pg_(try_)?advisory_lock(_shared)?\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex SessionLock();

    [GeneratedRegex(@"(?<=(""|;)\s*)(LISTEN|PREPARE)\s+[a-z_]+|WITH\s+HOLD")]
    private static partial Regex SessionStatement();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scadenzario.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scadenzario.sln not found above the test's directory.");
    }
}
