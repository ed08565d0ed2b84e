using Microsoft.Extensions.Configuration;
using NodaTime.Testing;
using Scadenzario.Cli.Infrastructure;

namespace Scadenzario.Cli.Tests.Database;

/// <summary>Without a connection string a database command exits 1 with the Italian reason, whatever the verb.</summary>
public sealed class DatabaseNotConfiguredTests
{
    [Theory]
    [InlineData("tasks", "--ente", "010025", "--day", "2024-05-05")]
    [InlineData("db", "migrate")]
    public void DatabaseCommand_WithoutAConnectionString_ExitsOneSayingWhatToSet(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exit = CliApp.Run(args, new CliEnvironment(stdout, stderr, new FakeClock(NodaTime.Instant.FromUtc(2024, 5, 5, 8, 0)), configuration));

        Assert.Equal(1, exit);
        Assert.StartsWith("errore: Connessione al database non configurata: impostare ConnectionStrings:Scadenzario", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());
    }
}
