using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests;

/// <summary>
/// The web's pool prepares the statements its pages repeat and does not reset a connection between
/// requests (Database.CreateDataSource, servesPages); the CLI's and the jobs' keep Npgsql's defaults.
/// </summary>
public sealed class PagePoolTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public void WebPool_PreparesRepeatedStatements_AndSkipsTheReset_OtherPoolsDoNot()
    {
        var web = new NpgsqlConnectionStringBuilder(app.Factory.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString);
        using var other = Data.Database.CreateDataSource(app.Database.ConnectionString);
        var cli = new NpgsqlConnectionStringBuilder(other.ConnectionString);

        Assert.True(web.MaxAutoPrepare > 0);
        Assert.True(web.NoResetOnClose);
        Assert.Equal(0, cli.MaxAutoPrepare);
        Assert.False(cli.NoResetOnClose);
    }

    [Fact]
    public async Task Oggi_LoadedAgain_RunsOnPreparedStatements_WithTheSameAnswer()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var first = await client.GetStringAsync($"/enti/{WebAppFixture.Genova}/oggi");
        var pool = app.Factory.Services.GetRequiredService<NpgsqlDataSource>();

        // Each connection of the pool prepares a statement once it has run it three times.
        long prepared = 0;
        for (var i = 0; i < 50 && prepared == 0; i++)
        {
            var again = await client.GetAsync($"/enti/{WebAppFixture.Genova}/oggi");
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            await using var connection = await pool.OpenConnectionAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements", connection);
            prepared = (long)(await count.ExecuteScalarAsync())!;
        }

        Assert.True(prepared > 0, "no statement of Oggi was prepared after 50 loads");
        Assert.Equal(Normalized(first), Normalized(await client.GetStringAsync($"/enti/{WebAppFixture.Genova}/oggi")));
    }

    // The anti-forgery token and the CSP nonce differ at every response.
    private static string Normalized(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "(value|nonce)=\"[^\"]*\"", "$1=\"\"");
}
