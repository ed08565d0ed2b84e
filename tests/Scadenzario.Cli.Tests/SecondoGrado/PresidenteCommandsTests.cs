using Scadenzario.Cli.SecondoGrado;
using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Cli.Tests.SecondoGrado;

/// <summary>
/// <c>secondo-grado presidente</c> refuses bad input before the database is opened: exit code 2, the reason in
/// Italian, nothing on stdout. The work on the database is tested in Scadenzario.Data.Tests.
/// </summary>
public sealed class PresidenteCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("presidente-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static CliRun Presidente(string verb, params string[] args) =>
        CliRun.Of(["secondo-grado", "presidente", verb, "--tornata", "1", "--ente", "PO", .. args]);

    [Fact]
    public void Candidatura_WithoutTheEndOfTheMandate_ExitsTwoWithTheReason()
    {
        var input = Write("c.json", """{ "nome": "Matteo Pacini", "sesso": "M", "dataNascita": "1973-07-07", "comune": "Vernio", "sottoscrizioni": [] }""");

        var run = Presidente("candidatura", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("candidatura: manca \"fineMandato\"", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Candidatura_OfAConsigliere_ExitsTwo()
    {
        var input = Write("c.json", """{ "nome": "Anna Innocenti", "sesso": "F", "dataNascita": "1984-08-14", "comune": "Vernio", "carica": "consigliere", "fineMandato": "2029-06-30" }""");

        var run = Presidente("candidatura", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("solo un sindaco può candidarsi a presidente", run.Stderr);
    }

    [Fact]
    public void Candidatura_BadAuthenticationDate_ExitsTwo()
    {
        var input = Write("c.json", """
            { "nome": "Matteo Pacini", "sesso": "M", "dataNascita": "1973-07-07", "comune": "Vernio", "fineMandato": "2029-06-30",
              "sottoscrizioni": [ { "nome": "Anna Innocenti", "dataNascita": "1984-08-14", "comune": "Vernio", "autenticata": "2026-02-30" } ] }
            """);

        var run = Presidente("candidatura", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sottoscrizioni[0].autenticata", run.Stderr);
    }

    [Fact]
    public void Scrutinio_WithPreferences_ExitsTwo()
    {
        var input = Write("s.json", """
            { "fascia": "B", "elettori": 13, "votanti": 12, "schedeBianche": 1, "schedeNulle": 0,
              "voti": { "Matteo Pacini": 11 }, "preferenze": { "Matteo Pacini": { "Matteo Pacini": 3 } } }
            """);

        var run = Presidente("scrutinio", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("la scheda per il presidente non ha voti di preferenza", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Scrutinio_NegativeVotes_ExitsTwo()
    {
        var input = Write("s.json", """{ "fascia": "C", "elettori": 39, "votanti": 0, "schedeBianche": 0, "schedeNulle": 0, "voti": { "Matteo Pacini": -1 } }""");

        var run = Presidente("scrutinio", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("voti negativi per \"Matteo Pacini\"", run.Stderr);
    }

    [Fact]
    public void Verbale_UnknownFormat_ExitsTwo()
    {
        var run = Presidente("verbale", "--format", "pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usare html o text", run.Stderr);
    }

    [Fact]
    public void Samples_OfPrato_ForThePresidente_AreReadable()
    {
        var prato = Path.Combine(Root(), "samples", "secondo-grado", "prato");

        var candidature = Directory.GetFiles(prato, "candidatura-presidente-*.json").Order().Select(UfficioInput.LeggiCandidaturaPresidente).ToList();
        var scrutinio = UfficioInput.LeggiScrutinioPresidente(Path.Combine(prato, "scrutinio-presidente.json"));

        Assert.Equal(["Giovanni Lenzi", "Matteo Pacini"], candidature.Select(c => c.Nome));
        // 15% of the 119 electors, rounded up, is 18.
        Assert.Equal([19, 18], candidature.Select(c => c.Sottoscrizioni.Count));
        Assert.Equal([Fascia.B, Fascia.C, Fascia.D, Fascia.F], scrutinio.Select(s => s.Fascia));
        Assert.All(scrutinio, s => Assert.Equal(s.Votanti, s.Voti.Values.Sum() + s.SchedeBianche + s.SchedeNulle));
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
