using Scadenzario.Cli.SecondoGrado;
using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Cli.Tests.SecondoGrado;

/// <summary>
/// The office's commands refuse bad input before the database is opened: exit code 2, the reason in Italian,
/// nothing on stdout. Their work on the database is tested in Scadenzario.Data.Tests.
/// </summary>
public sealed class UfficioCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ufficio-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void ListeAggiungi_MissingFile_ExitsTwo()
    {
        var run = CliRun.Of("secondo-grado", "liste", "aggiungi", "--tornata", "1", "--ente", "GE", "--input", Path.Combine(_directory, "nessuno.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("File non trovato", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Scrutinio_UnknownFascia_ExitsTwoWithTheReason()
    {
        var input = Write("s.json", """{ "fascia": "Z", "elettori": 10, "votanti": 5, "schedeBianche": 0, "schedeNulle": 0, "voti": { "Uno": 5 } }""");

        var run = CliRun.Of("secondo-grado", "scrutinio", "--tornata", "1", "--ente", "GE", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fascia \"Z\" sconosciuta", run.Stderr);
    }

    [Fact]
    public void Attestazione_BadSex_ExitsTwo()
    {
        var input = Write("a.json", """{ "comune": "Rapallo", "amministratori": [ { "nome": "Carlo Bagnasco", "sesso": "X", "dataNascita": "1970-01-01", "carica": "sindaco" } ] }""");

        var run = CliRun.Of("secondo-grado", "elettorato", "attestazione", "--tornata", "1", "--ente", "GE", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sesso \"X\" non valido", run.Stderr);
    }

    [Fact]
    public void Variazione_UnknownKind_ExitsTwo()
    {
        var run = CliRun.Of("secondo-grado", "elettorato", "variazione", "--tornata", "1", "--ente", "GE", "--comune", "Rapallo",
            "--giorno", "2024-05-01", "--tipo", "dimissioni", "--motivo", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cessazione, subentro o commissariamento", run.Stderr);
    }

    [Fact]
    public void Osservatorio_UnknownFormat_ExitsTwo()
    {
        var run = CliRun.Of("secondo-grado", "osservatorio", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usare csv o json", run.Stderr);
    }

    [Fact]
    public void Samples_OfPrato_AreReadable()
    {
        var prato = Path.Combine(Root(), "samples", "secondo-grado", "prato");

        var attestazioni = Directory.GetFiles(prato, "attestazione-*.json").Select(UfficioInput.LeggiAttestazione).ToList();
        var liste = Directory.GetFiles(prato, "lista-*.json").Select(UfficioInput.LeggiLista).ToList();
        var scrutinio = UfficioInput.LeggiScrutinio(Path.Combine(prato, "scrutinio.json"));

        Assert.Equal(7, attestazioni.Count);
        Assert.Equal(119, attestazioni.Sum(a => a.Amministratori.Count));
        Assert.All(attestazioni, a => Assert.Single(a.Amministratori, p => p.Carica == "sindaco"));
        Assert.Equal([6, 5], liste.OrderBy(l => l.Nome).Select(l => l.Candidati.Count));
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
