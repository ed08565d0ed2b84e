using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Cli.Tests.Database;

/// <summary><c>scadenzario utenti</c> on the real PostgreSQL: the first amministratore and the list.</summary>
public sealed class UtentiCommandTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2024, 3, 1, 11, 0));

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Crea_Amministratore_PrintsPasswordOnce_StoresOnlyTheHash()
    {
        var run = Run("utenti", "crea", "--utente", "primo.admin", "--email", "admin@example.it", "--ruolo", "amministratore");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var password = run.Stdout.Split('\n').Single(l => l.StartsWith("Password iniziale", StringComparison.Ordinal)).Split(": ")[1].Trim();
        Assert.True(password.Length >= 10);
        var hash = await database.ScalarAsync<string>("SELECT password_hash FROM asp_net_users WHERE user_name = 'primo.admin'");
        Assert.NotNull(hash);
        Assert.DoesNotContain(password, hash, StringComparison.Ordinal);
        Assert.Equal("amministratore", await database.ScalarAsync<string>("SELECT r.name FROM asp_net_roles r JOIN asp_net_user_roles ur ON ur.role_id = r.id JOIN asp_net_users u ON u.id = ur.user_id WHERE u.user_name = 'primo.admin'"));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM account_audit WHERE user_name = 'primo.admin' AND action = 'creato'"));

        var elenco = Run("utenti", "elenco");
        Assert.Equal(0, elenco.ExitCode);
        Assert.Contains("primo.admin", elenco.Stdout, StringComparison.Ordinal);
        Assert.Contains("amministratore", elenco.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(password, elenco.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crea_OperatoreOfAComune_ShowsTheEnte()
    {
        var run = Run("utenti", "crea", "--utente", "op.genova", "--email", "op@example.it", "--ruolo", "operatore", "--ente", "010025");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(010025)", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("010025", await database.ScalarAsync<string>("SELECT ente_code FROM asp_net_users WHERE user_name = 'op.genova'"));
    }

    [Theory]
    [InlineData("operatore", "GE", "richiede un comune")]
    [InlineData("prefettura", "010025", "è un comune")]
    [InlineData("segretario", null, "codice ISTAT del comune")]
    [InlineData("amministratore", "GE", "non appartiene a un ente")]
    [InlineData("capo", "010025", "Scegliere uno dei ruoli")]
    public async Task Crea_WrongEnteForRole_Exit2ItalianMessage_NothingWritten(string role, string? ente, string message)
    {
        string[] args = ["utenti", "crea", "--utente", "sbagliato", "--email", "x@example.it", "--ruolo", role];
        var run = Run(ente is null ? args : [.. args, "--ente", ente]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM asp_net_users"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM account_audit"));
    }

    [Fact]
    public void Crea_SameUserTwice_SecondRefused()
    {
        Assert.Equal(0, Run("utenti", "crea", "--utente", "doppio", "--email", "d@example.it", "--ruolo", "amministratore").ExitCode);

        var again = Run("utenti", "crea", "--utente", "doppio", "--email", "d@example.it", "--ruolo", "amministratore");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("Esiste già un utente", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Crea_MissingEmail_Exit2()
    {
        var run = Run("utenti", "crea", "--utente", "senza", "--ruolo", "amministratore");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--email", run.Stderr, StringComparison.Ordinal);
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
