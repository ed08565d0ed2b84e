using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// The feed's secret address and the links inside the feed start from the configured Web:BaseUrl
/// whatever Host header the request carries; the address is shown to the comune's own offices only.
/// </summary>
public sealed partial class FeedUrlTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string BaseUrl = "https://scadenzario.example.it/";

    [Fact]
    public async Task FeedAddressAndLinks_HostileHost_UseTheConfiguredBaseUrl()
    {
        await using var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Web:BaseUrl", BaseUrl));
        var hostile = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://evil.example.com/") };
        var client = factory.CreateClient(hostile);
        var login = await WebAppFixture.PostFormAsync(client, "/accesso", "/accesso", new() { ["UserName"] = Users.OperatoreGenova.Name, ["Password"] = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        await WebAppFixture.PostFormAsync(client, "/enti/010025/feed", "/enti/010025/feed?handler=Rinnova", []);

        var url = FeedUrl().Match(await client.GetStringAsync("/enti/010025/feed")).Groups[1].Value;
        var feed = await factory.CreateClient(hostile).GetStringAsync(new Uri(url).PathAndQuery);

        Assert.StartsWith(BaseUrl + "feed/", url, StringComparison.Ordinal);
        Assert.Contains("URL:" + BaseUrl + "adempimenti/", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example.com", feed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pref.genova")]
    [InlineData("admin")]
    public async Task FeedPage_PrefetturaOrAmministratore_SeesThatAnAddressExistsNotTheAddress(string user)
    {
        var comune = await app.LoginAsync(Users.OperatoreGenova.Name);
        await WebAppFixture.PostFormAsync(comune, "/enti/010025/feed", "/enti/010025/feed?handler=Rinnova", []);
        var token = await app.Database.ScalarAsync<string>("SELECT token FROM feed_token WHERE ente_code = '010025'");

        var page = await (await app.LoginAsync(user)).GetAsync("/enti/010025/feed");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain(token!, html, StringComparison.Ordinal);
        Assert.Contains("id=\"feed-riservato\"", html, StringComparison.Ordinal);
        Assert.Contains(token!, await comune.GetStringAsync("/enti/010025/feed"), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"indirizzo-feed\" value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
