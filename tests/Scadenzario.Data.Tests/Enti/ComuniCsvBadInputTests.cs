using System.Text;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Enti;

/// <summary>
/// The corpus of broken comuni files of issue 14: each is refused as a whole (nothing to import),
/// with the file, the line and the reason in Italian; CsvHelper's English never reaches the user.
/// </summary>
public sealed class ComuniCsvBadInputTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("scadenzario-csv-").FullName;

    // The header, two rows of the Città metropolitana di Torino (line 2 here is the first non-ASCII one), Bianzè and Santhià.
    private readonly List<string> lines =
    [
        .. File.ReadLines(Fixtures.ComuniCsvPath).Take(1),
        .. File.ReadLines(Fixtures.ComuniCsvPath).Skip(2).Take(2),
        .. File.ReadLines(Fixtures.ComuniCsvPath).Where(l => l.StartsWith("002011,", StringComparison.Ordinal) || l.StartsWith("002133,", StringComparison.Ordinal)),
    ];

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Read_Utf8_ReadsTheAccents()
    {
        var rows = ComuniCsv.Read(Write(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

        Assert.Equal(["Bianzè", "Santhià"], rows.Skip(2).Select(r => r.Name));
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_ReadsTheHeader()
    {
        var rows = ComuniCsv.Read(Write([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join('\n', lines))]));

        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Read_Latin1_RefusedNamingLineAndEncoding()
    {
        var error = Assert.Throws<ComuniCsvException>(() => ComuniCsv.Read(Write(Encoding.Latin1.GetBytes(string.Join('\n', lines)))));

        Assert.Equal(
            ["comuni.csv, riga 2: il file non è codificato in UTF-8 (byte 0xE0 non valido, che in Latin-1/Windows-1252 sarebbe «à»): salvarlo con la codifica UTF-8 e riprovare"],
            error.Problems);
    }

    [Fact]
    public void Read_Windows1252CrLf_RefusedAtTheFirstAccent()
    {
        var rows = lines.Where((_, i) => i is 0 or 3).Select(l => l.Replace("Città metropolitana", "Provincia", StringComparison.Ordinal));

        var error = Assert.Throws<ComuniCsvException>(() => ComuniCsv.Read(Write(Encoding.Latin1.GetBytes(string.Join("\r\n", rows)))));

        Assert.StartsWith("comuni.csv, riga 2: il file non è codificato in UTF-8 (byte 0xE8 non valido, che in Latin-1/Windows-1252 sarebbe «è»)", Assert.Single(error.Problems));
    }

    /// <summary>How line 3 (a real row) is broken, and what the message says.</summary>
    public static TheoryData<string, string> BrokenRows() => new()
    {
        { "extra,field", "comuni.csv, riga 3: riga non leggibile (il numero di colonne è diverso dalle 20 dell'intestazione" },
        { "drop-last", "comuni.csv, riga 3: riga non leggibile (il numero di colonne è diverso dalle 20 dell'intestazione" },
        { "nul", "comuni.csv, riga 3: la riga contiene caratteri di controllo" },
        { "population", "comuni.csv, riga 3: popolazione \"-5\" non valida" },
        { "code", "comuni.csv, riga 3: codice ISTAT \"1001\" non valido (6 cifre)" },
    };

    [Theory]
    [MemberData(nameof(BrokenRows))]
    public void Read_BrokenRow_RefusedInItalianWithTheLine(string broken, string expected)
    {
        var fields = lines[2].Split(',');
        lines[2] = broken switch
        {
            "extra,field" => lines[2] + ",in più",
            "drop-last" => string.Join(',', fields[..^2]),
            "nul" => lines[2].Replace(fields[1], fields[1] + "\0", StringComparison.Ordinal),
            "population" => string.Join(',', fields.Select((f, i) => i == 6 ? "-5" : f)),
            _ => string.Join(',', fields.Select((f, i) => i == 0 ? "1001" : f)),
        };

        var error = Assert.Throws<ComuniCsvException>(() => ComuniCsv.Read(Write(Encoding.UTF8.GetBytes(string.Join('\n', lines)))));

        Assert.StartsWith(expected, Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.DoesNotContain("CsvHelper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuote_RefusedInItalian()
    {
        lines[2] = lines[2].Replace(",Genova,", ",\"Genova,", StringComparison.Ordinal);
        lines[2] = lines[2].Replace(",Torino,", ",\"Torino,", StringComparison.Ordinal);

        var error = Assert.Throws<ComuniCsvException>(() => ComuniCsv.Read(Write(Encoding.UTF8.GetBytes(string.Join('\n', lines)))));

        Assert.Contains("comuni.csv, riga 3: riga non leggibile (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CsvHelper", error.Message, StringComparison.Ordinal);
    }

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(directory, "comuni.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
