using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// A cookie carries the account's ente, name and roles; every request checks them against the
/// account: a change reaches the very next request, even one with a cookie that is never renewed
/// (copied elsewhere), and a cookie whose account has not changed is not rebuilt or reissued.
/// </summary>
public sealed class SessionClaimsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task EnteChangedInTheDatabase_NextRequestOfACopiedCookieSeesTheNewEnte()
    {
        var copied = await CopiedCookieAsync("claims.ente");
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync($"/enti/{WebAppFixture.Genova}/oggi")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await copied.GetAsync($"/enti/{WebAppFixture.Savona}/oggi")).StatusCode);

        await app.Database.ScalarAsync<int>($"UPDATE asp_net_users SET ente_code = '{WebAppFixture.Savona}' WHERE user_name = 'claims.ente'");

        Assert.Equal(HttpStatusCode.Forbidden, (await copied.GetAsync($"/enti/{WebAppFixture.Genova}/oggi")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync($"/enti/{WebAppFixture.Savona}/oggi")).StatusCode);
    }

    [Fact]
    public async Task RoleChangedInTheDatabase_NextRequestSeesTheNewRole_RenewedCookie()
    {
        var copied = await CopiedCookieAsync("claims.ruolo");
        Assert.Equal(HttpStatusCode.Forbidden, (await copied.GetAsync("/prefettura/GE")).StatusCode);

        await app.Database.ScalarAsync<int>(
            $"UPDATE asp_net_users SET ente_code = 'GE' WHERE user_name = 'claims.ruolo'; " +
            $"UPDATE asp_net_user_roles SET role_id = (SELECT id FROM asp_net_roles WHERE name = '{Roles.Prefettura}') " +
            $"WHERE user_id = (SELECT id FROM asp_net_users WHERE user_name = 'claims.ruolo')");

        var response = await copied.GetAsync("/prefettura/GE");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("scadenzario=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccountUnchanged_CookieNeitherRebuiltNorReissued()
    {
        var copied = await CopiedCookieAsync("claims.fermo");

        for (var i = 0; i < 3; i++)
        {
            var response = await copied.GetAsync($"/enti/{WebAppFixture.Genova}/oggi");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
            Assert.DoesNotContain(cookies, c => c.StartsWith("scadenzario=", StringComparison.Ordinal));
        }
    }

    /// <summary>An operatore of Genova signed in, its cookie sent by a client that never stores a renewed one.</summary>
    private async Task<HttpClient> CopiedCookieAsync(string userName)
    {
        await AccountPeople.CreateAsync(app, userName, null, userName);
        var browser = app.Anonymous();
        var login = await WebAppFixture.PostFormAsync(browser, "/accesso", "/accesso", new() { ["UserName"] = userName, ["Password"] = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scadenzario=", StringComparison.Ordinal)).Split(';')[0];
        var copied = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copied.DefaultRequestHeaders.Add("Cookie", cookie);
        return copied;
    }
}
