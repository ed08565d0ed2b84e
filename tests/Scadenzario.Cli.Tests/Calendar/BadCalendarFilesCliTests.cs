using System.Text;

namespace Scadenzario.Cli.Tests.Calendar;

/// <summary>
/// The three calendar files that crashed the CLI (exit 134, a .NET stack trace) in issue 14, and a
/// Latin-1 file it accepted: each now exits 3 with the file, the line, the rule and an Italian reason.
/// </summary>
public class BadCalendarFilesCliTests
{
    private const string Index = "version: \"t\"\nfiles: [comune.yaml]\nactors: { sindaco: { label: Sindaco, owner: comune } }\n";

    private const string Rules = "consultation: comune\ntitle: T\nrules:\n  - id: a.b\n    title: Manifesto più visibile\n    actor: sindaco\n    kind: scadenza\n    due: { day: -1 }\n    basis: art. 1\n";

    public static TheoryData<string, string> Corpus() => new()
    {
        { "due: { day: -1 ", "comune.yaml:8: regola a.b: YAML non valido: una mappa aperta con «{» non è mai chiusa" },
        { "due: [ -1 ", "comune.yaml:8: regola a.b: YAML non valido: un elenco aperto con «[» non è mai chiuso" },
        { "due: { day: -2147483648 }", "comune.yaml:4: regola a.b: due.day: -2147483648 fuori dall'intervallo ammesso" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void BrokenFile_Exits3InItalian(string due, string expected)
    {
        var run = Run(Encoding.UTF8.GetBytes(Rules.Replace("due: { day: -1 }", due, StringComparison.Ordinal)));

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1File_Exits3NamingLineAndEncoding()
    {
        var run = Run(Encoding.Latin1.GetBytes(Rules));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("comune.yaml:5: il file non è codificato in UTF-8 (byte 0xF9 non valido, che in Latin-1/Windows-1252 sarebbe «ù»)", run.Stderr, StringComparison.Ordinal);
    }

    private static CliRun Run(byte[] comuneYaml)
    {
        var dir = Path.Combine(Path.GetTempPath(), "scadenzario-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "index.yaml"), Index);
            File.WriteAllBytes(Path.Combine(dir, "comune.yaml"), comuneYaml);
            return CliRun.Of("calendar", "--voting-days", "2014-05-25", "--consultations", "comunali", "--population", "5000", "--calendars", dir);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
