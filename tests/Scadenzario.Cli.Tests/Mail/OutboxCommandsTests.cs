using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Cli.Tests.Mail;

/// <summary><c>scadenzario mail coda</c> and <c>mail ritenta</c> on the real PostgreSQL.</summary>
public sealed class OutboxCommandsTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2024, 5, 10, 9, 0));

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO outbox (recipient, kind, dedup_key, subject, text_body, html_body, status, attempts, next_attempt_at, created_at, last_error)
            VALUES ('elettorale@comune.genova.it', 'digest', 'giorno:2024-05-06', 'Scadenze elettorali', 't', 'h', 'failed', 97, '2024-05-10', '2024-05-06', '421 servizio non disponibile'),
                   ('segreteria@comune.genova.it', 'digest', 'giorno:2024-05-06', 'Scadenze elettorali', 't', 'h', 'failed', 97, '2024-05-10', '2024-05-06', '421 servizio non disponibile'),
                   ('elettorale@comune.rapallo.ge.it', 'digest', 'giorno:2024-05-10', 'Scadenze elettorali', 't', 'h', 'pending', 0, '2024-05-10', '2024-05-10', NULL);
            INSERT INTO outbox_attempt (outbox_id, attempt, node, started_at, finished_at, succeeded, smtp_status, smtp_answer)
            VALUES (1, 97, 'n', '2024-05-10 06:00Z', '2024-05-10 06:00Z', false, 421, '421 servizio non disponibile');
            """);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Ritenta_OneFailed_RequeuedWithANewWindow()
    {
        var coda = Run("mail", "coda");
        Assert.Equal(0, coda.ExitCode);
        Assert.Contains("non recapitati: 2", coda.Stdout, StringComparison.Ordinal);
        Assert.Contains("n. 1 a elettorale@comune.genova.it", coda.Stdout, StringComparison.Ordinal);
        Assert.Contains("tentativo 97, venerdì 10 maggio 2024, ore 08:00: 421 servizio non disponibile", coda.Stdout, StringComparison.Ordinal);

        var run = Run("mail", "ritenta", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Messaggi rimessi in coda: 1.\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("pending", await database.ScalarAsync<string>("SELECT status FROM outbox WHERE id = 1"));
        Assert.Equal(clock.GetCurrentInstant(), await database.ScalarAsync<Instant>("SELECT retry_from FROM outbox WHERE id = 1"));
        Assert.StartsWith("riga di comando", await database.ScalarAsync<string>("SELECT requeued_by FROM outbox WHERE id = 1"), StringComparison.Ordinal);
        Assert.Equal("failed", await database.ScalarAsync<string>("SELECT status FROM outbox WHERE id = 2"));
    }

    [Fact]
    public async Task Ritenta_Tutti_RequeuesEveryFailed()
    {
        var run = Run("mail", "ritenta", "--tutti");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Messaggi rimessi in coda: 2.", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'failed'"));
    }

    [Fact]
    public async Task Ritenta_APendingOne_RefusedAndNothingChanges()
    {
        var run = Run("mail", "ritenta", "1", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Il messaggio n. 3 non è tra quelli non recapitati: è in coda.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE status = 'failed'"));
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
