using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Cli.Tests.Adempimenti;

/// <summary>
/// <c>tasks --ente</c>, the CLI's day list, on the ten hand-written acts of <see cref="OggiActs"/>:
/// the same lists and counts as Oggi (see OggiBrowserTests), what each waiting act waits for, the
/// filters and the next deadline.
/// </summary>
public sealed class TasksDayTests : IAsyncLifetime
{
    private const string Savona = "009056";
    private readonly TestDatabase database = new();
    private readonly FakeClock clock = new(OggiActs.Friday);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "SV");
        var tornata = await new TornataService(database.DataSource, Fixtures.Calendars, clock).CreateAsync("Europee e comunali 2024", [new LocalDate(2024, 6, 9)]);
        await OggiActs.WriteAsync(database, tornata, Savona);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public void Day_CountsAsOggi_WaitingSaysWhatFor()
    {
        var run = Run("tasks", "--ente", Savona);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Scaduti (1)", run.Stdout);
        Assert.Contains("Del giorno (1)", run.Stdout);
        Assert.Contains("Nei prossimi 7 giorni (1)", run.Stdout);
        Assert.Contains("In attesa di un evento (2)", run.Stdout);
        Assert.Contains("Da sapere (atti di altri) (2)", run.Stdout);
        Assert.Contains("Prova H in attesa delle liste · in attesa", run.Stdout);
        Assert.Contains("In attesa di: Ricevimento della comunicazione delle liste e candidature ammesse", run.Stdout);
        Assert.Contains("In attesa di: Chiusura delle operazioni di scrutinio", run.Stdout);
        Assert.DoesNotContain("event:", run.Stdout);
        Assert.DoesNotContain("La prossima scadenza", run.Stdout);
    }

    [Fact]
    public void Day_Filtered_QuietForTheUfficio_SaysTheNextDeadline()
    {
        var run = Run("tasks", "--ente", Savona, "--consultation", "comunali", "--actor", "ufficio-elettorale");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("La prossima scadenza: Prova G dell'ufficio di lunedì 3 giugno 2024.", run.Stdout);
        Assert.Contains("Scaduti (0)", run.Stdout);
        Assert.Contains("In attesa di un evento (1)", run.Stdout);
        Assert.Contains("Da sapere (atti di altri) (0)", run.Stdout);
    }

    [Fact]
    public void Day_UnknownConsultation_IsRefusedInItalian()
    {
        var run = Run("tasks", "--ente", Savona, "--consultation", "politica");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"politica\" non è una consultazione", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    private CliRun Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Scadenzario"] = database.ConnectionString })
            .Build();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CliApp.Run(args, new CliEnvironment(stdout, stderr, clock, configuration));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
