using System.Text.Json;

namespace Scadenzario.Cli.Tests.Calendar;

/// <summary><c>calendar --consultations</c> with referendum, politiche and regionali, alone and combined.</summary>
public class CalendarConsultationsTests
{
    private static readonly string[] EmiliaRomagna2024 =
        ["calendar", "--voting-days", "2024-11-17,2024-11-18", "--consultations", "regionali", "--format", "json"];

    private static List<string> Rules(CliRun run) =>
        [.. JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().Select(a => a.GetProperty("rule").GetString()!)];

    [Fact]
    public void Regionali_WithTheirRegion_NeedNoPopulation()
    {
        var run = CliRun.Of([.. EmiliaRomagna2024, "--region", "Emilia-Romagna"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("regionali.presentazione-liste", Rules(run));
        Assert.Contains("votazione", Rules(run));
    }

    [Fact]
    public void Regionali_WithoutARegion_ExitTwoSayingWhatToType()
    {
        var run = CliRun.Of(EmiliaRomagna2024);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("--region è obbligatoria per le elezioni regionali", run.Stderr);
    }

    [Fact]
    public void Regionali_OfASpecialStatuteRegion_ExitTwo()
    {
        var run = CliRun.Of([.. EmiliaRomagna2024, "--region", "Sicilia"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("Le elezioni regionali della Sicilia non sono nel calendario: è una regione a statuto speciale", run.Stderr);
    }

    [Fact]
    public void ReferendumAbrogativoWithPolitiche_ExitTwoNamingTheLaw()
    {
        var run = CliRun.Of(["calendar", "--voting-days", "2027-06-06", "--consultations", "referendum,politiche", "--parametro", "referendum-tipo=abrogativo"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("art. 34, secondo e terzo comma, L. 352/1970", run.Stderr);
    }

    [Fact]
    public void ThreeConsultations_NeedThePopulationOnlyBecauseOfTheComunali()
    {
        string[] args = ["calendar", "--voting-days", "2020-09-20,2020-09-21", "--consultations", "referendum,regionali,comunali", "--region", "Veneto",
            "--parametro", "referendum-tipo=costituzionale", "--format", "json"];

        var without = CliRun.Of(args);
        var with = CliRun.Of([.. args, "--population", "250000"]);

        Assert.Equal(2, without.ExitCode);
        Assert.Contains("--population è obbligatoria per le elezioni comunali", without.Stderr);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("comunali.presentazione-liste", Rules(with));
        Assert.Contains("regionali.scrutinio", Rules(with));
    }

    [Fact]
    public void ReferendumKind_NotAmongTheValues_ExitTwoListingThem()
    {
        var run = CliRun.Of(["calendar", "--voting-days", "2027-06-06", "--consultations", "referendum", "--parametro", "referendum-tipo=consultivo"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("indicare abrogativo o costituzionale", run.Stderr);
        Assert.Contains("referendum-tipo (Tipo di referendum, abrogativo o costituzionale)", run.Stderr);
    }
}
