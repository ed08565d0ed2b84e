using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// Logout, disabling an account and resetting its password end every cookie session and every
/// bearer token of the account at once: a cookie copied from the browser and a token handed to
/// another system stop working on their next request, not minutes or hours later.
/// </summary>
public sealed class SessionEndTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Api = "/api/enti/010025/adempimenti";

    [Fact]
    public async Task Logout_EndsCopiedCookieAndBearerToken_NewLoginWorks()
    {
        var sessions = await SignInEverywhereAsync("sess.uscita");

        var logout = await WebAppFixture.PostFormAsync(sessions.Browser, "/enti/010025/oggi", "/uscita", []);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        await AssertEndedAsync(sessions);
        var again = await SignInEverywhereAsync("sess.uscita");
        Assert.Equal(HttpStatusCode.OK, (await again.Bearer.GetAsync(Api)).StatusCode);
    }

    [Fact]
    public async Task Disable_EndsCookieAndBearerToken()
    {
        var sessions = await SignInEverywhereAsync("sess.disattivato");

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(await IdOfAsync("sess.disattivato"), Users.Admin.Name);
        }

        await AssertEndedAsync(sessions);
    }

    [Fact]
    public async Task PasswordReset_EndsCookieAndBearerToken()
    {
        var sessions = await SignInEverywhereAsync("sess.reimpostata");

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ResetPasswordAsync(await IdOfAsync("sess.reimpostata"), Users.Admin.Name);
        }

        await AssertEndedAsync(sessions);
    }

    private sealed record Sessions(HttpClient Browser, HttpClient CopiedCookie, HttpClient Bearer);

    /// <summary>An operatore of Genova signed in three ways, each shown to work: the browser, a copy of its cookie elsewhere, a bearer token.</summary>
    private async Task<Sessions> SignInEverywhereAsync(string userName)
    {
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Scadenzario.Web.Infrastructure.Accounts>()
                .EnsureAsync(userName, WebAppFixture.Password, Roles.Operatore, WebAppFixture.Genova, userName);
        }

        var browser = app.Anonymous();
        var login = await WebAppFixture.PostFormAsync(browser, "/accesso", "/accesso", new() { ["UserName"] = userName, ["Password"] = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scadenzario=", StringComparison.Ordinal)).Split(';')[0];
        var copied = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copied.DefaultRequestHeaders.Add("Cookie", cookie);

        var bearer = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var token = await bearer.PostAsJsonAsync("/api/accesso", new { nomeUtente = userName, password = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var sessions = new Sessions(browser, copied, bearer);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync(Api)).StatusCode);
        return sessions;
    }

    private static async Task AssertEndedAsync(Sessions sessions)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await sessions.CopiedCookie.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sessions.Bearer.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sessions.Browser.GetAsync(Api)).StatusCode);
        var page = await sessions.CopiedCookie.GetAsync("/enti/010025/oggi");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/accesso", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<string> IdOfAsync(string userName) =>
        (await app.Database.ScalarAsync<string>($"SELECT id FROM asp_net_users WHERE user_name = '{userName}'"))!;
}
