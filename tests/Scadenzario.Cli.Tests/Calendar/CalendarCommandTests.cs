using System.Text.Json;

namespace Scadenzario.Cli.Tests.Calendar;

public class CalendarCommandTests
{
    private static readonly string[] Seed2014 =
        ["calendar", "--voting-days", "2014-05-25", "--consultations", "europee,comunali", "--population", "20000"];

    [Fact]
    public void Json_HasOneObjectPerActWithTheAgreedFields_SortedByDate()
    {
        var run = CliRun.Of([.. Seed2014, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var acts = json.RootElement.EnumerateArray().ToList();
        Assert.True(acts.Count > 60, $"only {acts.Count} acts");
        string[] fields = ["rule", "consultation", "title", "actor", "kind", "startDate", "startTime", "date", "time", "offsetDays", "legalBasis", "flags", "pending"];
        Assert.All(acts, act => Assert.All(fields, f => Assert.True(act.TryGetProperty(f, out _), $"{act} lacks {f}")));
        var dates = acts.Where(a => !a.GetProperty("pending").GetBoolean()).Select(a => a.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        var liste = acts.Single(a => a.GetProperty("rule").GetString() == "comunali.presentazione-liste");
        Assert.Equal("2014-04-25", liste.GetProperty("startDate").GetString());
        Assert.Equal("08:00", liste.GetProperty("startTime").GetString());
        Assert.Equal("2014-04-26", liste.GetProperty("date").GetString());
        Assert.Equal("12:00", liste.GetProperty("time").GetString());
        Assert.Equal(-29, liste.GetProperty("offsetDays").GetInt32());
        Assert.Contains("inizio-festivo", liste.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));

        var trasmissione = acts.Single(a => a.GetProperty("rule").GetString() == "comunali.trasmissione-liste-commissione");
        Assert.Equal("24:00", trasmissione.GetProperty("time").GetString());
    }

    [Fact]
    public void Json_EventAnchoredAct_IsPendingUntilTheEventIsGiven()
    {
        var pending = CliRun.Of([.. Seed2014, "--format", "json"]);
        var dated = CliRun.Of([.. Seed2014, "--format", "json", "--event", "liste-ammesse=2014-04-28"]);

        var before = JsonDocument.Parse(pending.Stdout).RootElement.EnumerateArray().Where(a => a.GetProperty("pending").GetBoolean()).ToList();
        var after = JsonDocument.Parse(dated.Stdout).RootElement.EnumerateArray().Where(a => a.GetProperty("pending").GetBoolean()).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("date").ValueKind));
        Assert.True(after.Count < before.Count);
    }

    [Fact]
    public void Text_IsTheItalianCronoprogramma()
    {
        var run = CliRun.Of(Seed2014);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CRONOPROGRAMMA DEGLI ADEMPIMENTI ELETTORALI", run.Stdout);
        Assert.Contains("Martedì 15 aprile 2014 — 40° giorno precedente la votazione", run.Stdout);
        Assert.Contains("Venerdì 25 aprile 2014 — 30° giorno precedente la votazione [festivo: Anniversario della Liberazione]", run.Stdout);
        Assert.Contains("Domenica 25 maggio 2014 — giorno della votazione", run.Stdout);
        Assert.Contains("Rif.: ", run.Stdout);
        Assert.Contains("Versione del calendario: ", run.Stdout);
    }

    [Theory]
    [InlineData("--voting-days", "2014-02-30", "non è una data valida")]
    [InlineData("--voting-days", "2014-05-25,2014-05-27", "consecutivi")]
    [InlineData("--consultations", "europee,regionali-bis", "Consultazione sconosciuta \"regionali-bis\"")]
    [InlineData("--population", "0", "almeno 1")]
    [InlineData("--population", "ventimila", "non valida")]
    [InlineData("--format", "xml", "Formato \"xml\"")]
    [InlineData("--region", "Atlantide", "Regione \"Atlantide\"")]
    public void BadInput_Exits2WithAClearMessageAndNothingOnStdout(string option, string value, string message)
    {
        var args = Seed2014.ToList();
        var index = args.IndexOf(option);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = CliRun.Of([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void UnknownEvent_Exits2()
    {
        var run = CliRun.Of([.. Seed2014, "--event", "liste-respinte=2014-04-28"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("Evento sconosciuto \"liste-respinte\"", run.Stderr);
    }

    [Fact]
    public void MissingRequiredOption_Exits2()
    {
        var run = CliRun.Of("calendar", "--voting-days", "2014-05-25");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("--consultations", run.Stderr);
    }

    [Fact]
    public void BrokenCalendarFile_Exits3NamingFileLineAndRule()
    {
        var dir = Path.Combine(Path.GetTempPath(), "scadenzario-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "index.yaml"), "version: \"t\"\nfiles: [comune.yaml]\nactors: { sindaco: { label: Sindaco, owner: comune } }\n");
            File.WriteAllText(Path.Combine(dir, "comune.yaml"), "consultation: comune\ntitle: T\nrules:\n  - id: a.b\n    title: T\n    actor: nessuno\n    kind: scadenza\n    due: { day: -1 }\n    basis: art. 1\n");

            var run = CliRun.Of([.. Seed2014, "--calendars", dir]);

            Assert.Equal(3, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.Contains("comune.yaml:6: regola a.b: attore sconosciuto \"nessuno\"", run.Stderr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
