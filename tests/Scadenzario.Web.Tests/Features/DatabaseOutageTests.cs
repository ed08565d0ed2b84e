using System.Net;
using System.Text.Json;
using Npgsql;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.Api;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// The database stops accepting connections while offices are signed in: pages answer an Italian
/// error page (not an empty 500), the API an Italian problem document.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly WebAppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public async Task DisposeAsync()
    {
        await SetConnectionsAsync(allowed: true);
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Outage_SignedInPageAndApi_ItalianErrorWithoutTheDatabase()
    {
        var page = await app.LoginAsync(Users.OperatoreGenova.Name);
        var api = await AdempimentiApiTests.BearerClientAsync(app, Users.OperatoreGenova.Name);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/enti/010025/oggi")).StatusCode);

        await SetConnectionsAsync(allowed: false);
        var refused = await page.GetAsync("/enti/010025/oggi");
        var problem = await api.GetAsync("/api/enti/010025/adempimenti");

        Assert.True((int)refused.StatusCode >= 500, $"{refused.StatusCode}");
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("Riprovare tra qualche minuto", html, StringComparison.Ordinal);
        Assert.True((int)problem.StatusCode >= 500, $"{problem.StatusCode}");
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await problem.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("Riprovare tra qualche minuto", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    // The server keeps running; this database refuses new sessions and loses the open ones.
    private async Task SetConnectionsAsync(bool allowed)
    {
        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            ALTER DATABASE {app.Database.Name} ALLOW_CONNECTIONS {(allowed ? "true" : "false")};
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{app.Database.Name}' AND NOT {allowed};
            """, admin);
        await command.ExecuteNonQueryAsync();
    }
}
