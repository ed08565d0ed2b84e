using System.Text.Json;

namespace Scadenzario.Cli.Tests.Calendar;

/// <summary>
/// <c>calendar</c> asks only what the consultation needs, takes a comune's facts from the shipped
/// comuni data, and refuses bad input with exit 2, an Italian message and nothing on stdout.
/// </summary>
public class CalendarTerritoryTests
{
    private static readonly string[] Comunali2024 = ["calendar", "--voting-days", "2024-06-09", "--consultations", "comunali"];

    private static void AssertRefused(CliRun run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void Europee_NeedNoPopulation()
    {
        var run = CliRun.Of("calendar", "--voting-days", "2024-06-09", "--consultations", "europee");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.DoesNotContain("Popolazione", run.Stdout);
    }

    [Theory]
    [InlineData("comunali")]
    [InlineData("europee,ballottaggio")]
    public void Comunali_WithoutPopulationOrComune_AreRefused(string consultations) =>
        AssertRefused(
            CliRun.Of("calendar", "--voting-days", "2024-06-09", "--consultations", consultations),
            "--population è obbligatoria per le elezioni comunali e il ballottaggio");

    [Fact]
    public void Comune_TakesPopulationRegionProvinceAndCapoluogoFromTheData()
    {
        // Urbino: 13,772 inhabitants, co-capoluogo of Pesaro e Urbino (a correction of ISTAT's flag).
        var run = CliRun.Of([.. Comunali2024, "--comune", "041067"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Popolazione: 13.772 abitanti (capoluogo di provincia: comune superiore", run.Stdout);
        Assert.Contains("Eventuale turno di ballottaggio: domenica 23 giugno 2024", run.Stdout);
    }

    [Fact]
    public void Comune_BeforeTheCapoluogoRule_IsInferiore()
    {
        var run = CliRun.Of("calendar", "--voting-days", "2019-05-26", "--consultations", "comunali", "--comune", "041067");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Popolazione: 13.772 abitanti (comune fino a 15.000 abitanti)", run.Stdout);
    }

    [Fact]
    public void Comune_WithTheSameFactsTyped_IsAccepted() =>
        Assert.Equal(0, CliRun.Of([.. Comunali2024, "--comune", "041067", "--population", "13772", "--region", "Marche", "--province", "pu", "--capoluogo"]).ExitCode);

    [Fact]
    public void Province_GivesTheProvincialThreshold()
    {
        var trento = CliRun.Of([.. Comunali2024, "--population", "4000", "--region", "Trentino-Alto Adige", "--province", "TN"]);
        var bolzano = CliRun.Of([.. Comunali2024, "--population", "4000", "--province", "BZ"]);

        Assert.Contains("Popolazione: 4.000 abitanti (comune superiore a 3.000 abitanti)", trento.Stdout);
        Assert.Contains("Popolazione: 4.000 abitanti (comune fino a 15.000 abitanti)", bolzano.Stdout);
    }

    [Theory]
    [InlineData(new[] { "--comune", "999999" }, "--comune: nessun comune ha il codice ISTAT \"999999\"")]
    [InlineData(new[] { "--comune", "041067", "--population", "20000" }, "--population 20000 contraddice la popolazione legale di Urbino (041067), 13.772 abitanti")]
    [InlineData(new[] { "--comune", "041067", "--region", "Sicilia" }, "--region Sicilia contraddice i dati del comune: Urbino (041067) è in Marche")]
    [InlineData(new[] { "--comune", "041067", "--province", "AN" }, "--province AN contraddice i dati del comune: Urbino (041067) è in provincia PU")]
    [InlineData(new[] { "--comune", "041044", "--capoluogo", "--province", "PU", "--population", "1" }, "--population 1 contraddice")]
    [InlineData(new[] { "--comune", "041013", "--capoluogo" }, "non è capoluogo di provincia")]
    [InlineData(new[] { "--population", "5000", "--province", "XX" }, "--province: sigla \"XX\" sconosciuta")]
    [InlineData(new[] { "--population", "5000", "--province", "TN", "--region", "Sicilia" }, "--province TN non è nella regione Sicilia ma in Trentino-Alto Adige/Südtirol")]
    [InlineData(new[] { "--population", "5000", "--region", "Atlantide" }, "Regione \"Atlantide\" sconosciuta")]
    [InlineData(new[] { "--population", "5000", "--parametro", "chiusura-votazione=25:00" }, "\"25:00\" non è un'ora valida; indicare HH:mm")]
    [InlineData(new[] { "--population", "5000", "--parametro", "inizio-scrutinio-comunali=2024-06-20T14:00" }, "fuori dai giorni ammessi; indicare un giorno dal 09/06/2024 al 12/06/2024")]
    [InlineData(new[] { "--population", "5000", "--parametro", "apertura-seggi=07:00" }, "parametro sconosciuto \"apertura-seggi\"")]
    [InlineData(new[] { "--population", "5000", "--parametro", "chiusura-votazione" }, "--parametro \"chiusura-votazione\": usare NOME=VALORE")]
    public void BadTerritoryOrParameter_Exits2WithAnItalianMessage(string[] options, string message) =>
        AssertRefused(CliRun.Of([.. Comunali2024, .. options]), message);

    [Fact]
    public void Parametro_SetsTheHourOfThePointThatNamesIt()
    {
        var dir = Path.Combine(Path.GetTempPath(), "scadenzario-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "index.yaml"), """
                version: "t"
                files: [comune.yaml]
                actors: { presidente: { label: Presidente, owner: altri } }
                parameters:
                  chiusura-votazione: { label: "Ora di chiusura della votazione", kind: time }
                """);
            File.WriteAllText(Path.Combine(dir, "comune.yaml"), """
                consultation: comune
                title: T
                rules:
                  - id: votazione
                    title: Votazione
                    actor: presidente
                    kind: evento
                    start: { day: 0, time: "07:00" }
                    end: { day: 0, time: "23:00", param: chiusura-votazione }
                    basis: art. 1, comma 399, L. 147/2013
                """);

            var run = CliRun.Of([.. Comunali2024, "--population", "5000", "--format", "json", "--calendars", dir, "--parametro", "chiusura-votazione=22:00"]);

            Assert.Equal(0, run.ExitCode);
            var votazione = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().Single(a => a.GetProperty("rule").GetString() == "votazione");
            Assert.Equal("07:00", votazione.GetProperty("startTime").GetString());
            Assert.Equal("22:00", votazione.GetProperty("time").GetString());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void ComuniData_MissingFile_IsRefusedSayingWhatToType() =>
        AssertRefused(
            CliRun.Of([.. Comunali2024, "--comune", "041067", "--comuni-data", "/nonexistent/comuni.csv"]),
            "Indicare il file dei comuni con --comuni-data");

    [Fact]
    public void ParserMessages_AreItalian()
    {
        var missing = CliRun.Of("calendar", "--voting-days", "2024-06-09");
        var twice = CliRun.Of([.. Comunali2024, "--population", "1", "--population", "2"]);

        AssertRefused(missing, "L'opzione --consultations è obbligatoria");
        AssertRefused(twice, "L'opzione --population accetta un solo valore");
        Assert.DoesNotContain("is required", missing.Stderr);
        Assert.DoesNotContain("expects a single argument", twice.Stderr);
    }
}
