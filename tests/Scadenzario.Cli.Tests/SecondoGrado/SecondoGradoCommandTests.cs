using System.Text.Json;

namespace Scadenzario.Cli.Tests.SecondoGrado;

public sealed class SecondoGradoCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("secondo-grado-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    // 1,000,000 inhabitants: H 600,000 (60% → 45), A 2% , D 10%, E 28% (→ 38.5 → 35); worked out in the
    // library's tests: percentCapped A 3.333, D 16.666, E 35, H 45; indices 30, 196, 350, 1097.
    private const string Territorio = """
        comune,population,electors,commissariato
        Città,600000,41,false
        A1,2000,11,false
        A2,2000,11,
        A3,2000,11,false
        A4,2000,11,false
        A5,2000,11,false
        A6,2000,11,false
        A7,2000,11,false
        A8,2000,11,false
        A9,2000,11,false
        A10,2000,11,false
        D1,20000,17,false
        D2,20000,17,false
        D3,20000,17,false
        D4,20000,17,false
        D5,20000,17,false
        E1,70000,25,false
        E2,70000,25,false
        E3,70000,25,false
        E4,70000,25,false
        Sciolto,4000,0,true
        """;

    [Fact]
    public void Indice_Json_HasTheAgreedFieldsWithThreeDecimals()
    {
        var run = CliRun.Of("secondo-grado", "indice", "--comuni", Write("comuni.csv", Territorio), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var fasce = json.RootElement.GetProperty("fasce").EnumerateArray().ToList();
        Assert.Equal(["A", "D", "E", "H"], fasce.Select(f => f.GetProperty("fascia").GetString()));
        Assert.Equal([20_000L, 100_000L, 280_000L, 600_000L], fasce.Select(f => f.GetProperty("population").GetInt64()));
        Assert.Equal([110, 85, 100, 41], fasce.Select(f => f.GetProperty("electors").GetInt32()));
        Assert.Equal([2m, 10m, 28m, 60m], fasce.Select(f => f.GetProperty("percent").GetDecimal()));
        Assert.Equal([3.333m, 16.666m, 35m, 45m], fasce.Select(f => f.GetProperty("percentCapped").GetDecimal()));
        Assert.Equal([30, 196, 350, 1097], fasce.Select(f => f.GetProperty("index").GetInt32()));
        Assert.Contains("\"percentCapped\": 45.000", run.Stdout);
        Assert.Contains("\"percent\": 2.000", run.Stdout);
    }

    [Fact]
    public void Indice_Text_IsAnItalianTable()
    {
        var run = CliRun.Of("secondo-grado", "indice", "--comuni", Write("comuni.csv", Territorio));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("INDICI DI PONDERAZIONE", run.Stdout);
        Assert.Contains("Comuni commissariati, esclusi dal calcolo: Sciolto.", run.Stdout);
        Assert.Contains("16,666%", run.Stdout);
        Assert.Contains("1.097", run.Stdout);
        Assert.Contains("ridotta al 35% (lettera d)", run.Stdout);
    }

    [Theory]
    [InlineData("comune,population,electors\nVuoto,0,11\n", "non appartiene ad alcuna fascia")]
    [InlineData("comune,population,electors\nX,mille,11\n", "non è un numero intero valido")]
    [InlineData("comune,abitanti\nX,10\n", "mancano le colonne")]
    [InlineData("comune,population,electors,commissariato\nX,100,11,forse\n", "true o false")]
    public void Indice_BadInput_Exits2WithTheReasonAndNothingOnStdout(string csv, string message)
    {
        var run = CliRun.Of("secondo-grado", "indice", "--comuni", Write("bad.csv", csv), "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void Indice_MissingFile_Exits2() =>
        Assert.Equal(2, CliRun.Of("secondo-grado", "indice", "--comuni", Path.Combine(_directory, "nope.csv")).ExitCode);

    private static string Proclama(string votiY = "10", string votanti = "40") => $$"""
        {
          "seats": 3,
          "comuni": [
            { "comune": "Città", "population": 600000, "electors": 41 },
            { "comune": "A1", "population": 200000, "electors": 33 },
            { "comune": "A2", "population": 200000, "electors": 33 }
          ],
          "lists": [
            { "name": "X", "candidates": [
              { "id": "x1", "name": "Xenia Uno", "sex": "F", "birthDate": "1970-01-01" },
              { "id": "x2", "name": "Xavier Due", "sex": "M", "birthDate": "1980-01-01" } ] },
            { "name": "Y", "candidates": [ { "id": "y1", "name": "Ylenia", "sex": "F", "birthDate": "1975-01-01" } ] }
          ],
          "count": [
            { "fascia": "H", "electors": 41, "voters": {{votanti}}, "blank": 0, "void": 0,
              "votes": { "X": 30, "Y": {{votiY}} }, "preferences": { "x2": 4 } }
          ]
        }
        """;

    [Fact]
    public void Proclama_Json_GivesTotalsSeatsAndElected()
    {
        // H: 600,000 of 1,000,000 = 60% → 45%; index 45000/41 = 1097. X 30 × 1097 = 32,910; Y 10,970.
        // d'Hondt: X 32,910, X 16,455, Y 10,970 (X 10,970 ties Y at the 4th quotient, not needed).
        var run = CliRun.Of("secondo-grado", "proclama", "--input", Write("in.json", Proclama()), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var lists = json.RootElement.GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal([32_910L, 10_970L], lists.Select(l => l.GetProperty("weightedTotal").GetInt64()));
        Assert.Equal([2, 1], lists.Select(l => l.GetProperty("seats").GetInt32()));
        var elected = json.RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(["x2", "x1", "y1"], elected);
        Assert.Equal(1097, json.RootElement.GetProperty("fasce")[1].GetProperty("index").GetInt32());
    }

    [Fact]
    public void Proclama_Text_ListsTheElectedInItalian()
    {
        var run = CliRun.Of("secondo-grado", "proclama", "--input", Write("in.json", Proclama()));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Lista \"X\": cifra elettorale ponderata 32.910", run.Stdout);
        Assert.Contains("ELETTI", run.Stdout);
        Assert.Contains("Xavier Due (lista \"X\"), cifra individuale ponderata 4.388", run.Stdout);
    }

    [Theory]
    [InlineData("-1", "29", "negativo")]
    [InlineData("10", "41", "il conto non torna")]
    public void Proclama_BadCount_Exits2WithTheReason(string votiY, string votanti, string message)
    {
        var run = CliRun.Of("secondo-grado", "proclama", "--input", Write("in.json", Proclama(votiY, votanti)), "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void Proclama_MalformedJson_Exits2()
    {
        var run = CliRun.Of("secondo-grado", "proclama", "--input", Write("in.json", "{ \"seats\": "));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("JSON non valido", run.Stderr);
    }

    [Fact]
    public void Sample_RunsClean()
    {
        var sample = Path.Combine(Root(), "samples", "secondo-grado", "proclama.json");
        var run = CliRun.Of("secondo-grado", "proclama", "--input", sample, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("elected").GetArrayLength());
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scadenzario.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scadenzario.sln not found");
    }
}
