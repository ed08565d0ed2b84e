using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Cli.Tests.Enti;

/// <summary><c>scadenzario enti contatti</c>: one mailbox per address, and <c>--verifica</c> of the stored ones.</summary>
public sealed class ContattiCommandTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private readonly TestDatabase database = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2024, 3, 1, 11, 0));

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Contatti_AListOfAddresses_RefusedWithExit2AndNothingStored()
    {
        var run = Run("enti", "contatti", Genova, "--ufficio-elettorale", "elettorale@comune.genova.it", "--segretario", "x@y.it, evil@z.it");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("errore: Indirizzo del segretario comunale: «x@y.it, evil@z.it» contiene più di un indirizzo: indicarne uno solo, per esempio elettorale@comune.example.it.\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM ente WHERE email_ufficio_elettorale IS NOT NULL OR email_segretario IS NOT NULL"));
    }

    [Fact]
    public async Task Verifica_StoredBadAddress_ListedWithExit1()
    {
        Assert.Equal(0, Run("enti", "contatti", "--verifica").ExitCode);
        await using (var command = database.DataSource.CreateCommand($"UPDATE ente SET email_segretario = 'Segreteria <segreteria@comune.genova.it>' WHERE code = '{Genova}'"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var run = Run("enti", "contatti", "--verifica");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Indirizzi non validi: 1.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- Genova (010025), segretario comunale: «Segreteria <segreteria@comune.genova.it>» contiene un nome oltre all'indirizzo", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Contatti_NoCode_RefusedInItalian()
    {
        var run = Run("enti", "contatti", "--segretario", "segreteria@comune.genova.it");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Indicare il codice dell'ente", run.Stderr, StringComparison.Ordinal);
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
