using System.Text.RegularExpressions;

namespace Scadenzario.SchemaChange;

/// <summary>
/// Compares an output with its expected file of tests/SchemaChange/expected, byte for byte after
/// <see cref="WithoutVolatileParts"/>. With SCADENZARIO_SNAPSHOT_WRITE=1 the output is written as
/// the expected file first: that is how the files were captured, on the code before the schema
/// change; after it, they are what the new code must give, and are not rewritten.
/// </summary>
public static partial class Snapshot
{
    public static string ExpectedFolder => Path.Combine(FixtureDatabase.Folder, "expected");

    private static bool Writing => Environment.GetEnvironmentVariable("SCADENZARIO_SNAPSHOT_WRITE") == "1";

    /// <summary>Null when the output is the expected file's, else where and how it first differs.</summary>
    public static string? Difference(string file, string output)
    {
        var path = Path.Combine(ExpectedFolder, file);
        var actual = WithoutVolatileParts(output);
        if (Writing)
        {
            File.WriteAllText(path, actual);
        }

        if (!File.Exists(path))
        {
            return $"{file}: no expected file ({path})";
        }

        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return null;
        }

        var (expectedLines, actualLines) = (expected.Split('\n'), actual.Split('\n'));
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        return $"""
            {file}: line {line + 1} differs
              expected: {Excerpt(expectedLines, actualLines, line)}
              actual:   {Excerpt(actualLines, expectedLines, line)}
            """;
    }

    /// <summary>Fails with every output that differs from its expected file, each with its first differing line.</summary>
    public static void AssertAll(IEnumerable<(string File, string Output)> outputs)
    {
        var differences = outputs.Select(o => Difference(o.File, o.Output)).OfType<string>().ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>The differing line, or around its first differing character when it is long (the API's JSON is one line).</summary>
    private static string Excerpt(string[] lines, string[] others, int line)
    {
        if (line >= lines.Length)
        {
            return "(end of file)";
        }

        var (text, other) = (lines[line], line < others.Length ? others[line] : "");
        if (text.Length <= 200)
        {
            return text;
        }

        var column = 0;
        while (column < text.Length && column < other.Length && text[column] == other[column])
        {
            column++;
        }

        var start = Math.Max(0, column - 80);
        return $"(column {column + 1}) …{text[start..Math.Min(text.Length, column + 80)]}…";
    }

    /// <summary>
    /// What differs between two runs of the same code on the same data, and only that: the
    /// anti-forgery token of each form (random per request) and the CSP nonce of each page's
    /// scripts (random per response). Everything else — names, dates, ids, links, order — is the
    /// output under test. Line ends are kept: CRLF in the feed is part of iCalendar.
    /// </summary>
    public static string WithoutVolatileParts(string output)
    {
        var text = AntiforgeryToken().Replace(output, "${1}(token)${2}");
        return Nonce().Replace(text, "nonce=\"(nonce)\"");
    }

    [GeneratedRegex("(name=\"__RequestVerificationToken\" type=\"hidden\" value=\")[^\"]+(\")")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("nonce=\"[^\"]+\"")]
    private static partial Regex Nonce();
}
