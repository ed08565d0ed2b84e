namespace Scadenzario.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("calendar", "--help")]
    [InlineData("tornata", "create", "--help")]
    public void Help_IsInItalian(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Descrizione:", run.Stdout);
        Assert.Contains("Utilizzo:", run.Stdout);
        Assert.Contains("Mostra la guida", run.Stdout);
        foreach (var english in new[] { "Description:", "Usage:", "Options:", "REQUIRED", "Show help", "[command]", "[options]", "[default:" })
        {
            Assert.DoesNotContain(english, run.Stdout);
        }
    }
}
