using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests;

/// <summary>The key ring lives in PostgreSQL: a second web node (or a restarted one) accepts the first one's cookies.</summary>
public sealed class DataProtectionTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Cookie_IssuedByOneInstance_AcceptedByAnotherOnTheSameDatabase()
    {
        var cookies = new System.Net.CookieContainer();
        var first = app.Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        var login = await WebAppFixture.PostFormAsync(first, "/accesso", "/accesso", new() { ["UserName"] = Users.OperatoreGenova.Name, ["Password"] = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        await using var other = app.CreateFactory();
        var second = other.CreateDefaultClient(new CookieContainerHandler(cookies));
        var response = await second.GetAsync($"/enti/{WebAppFixture.Genova}/oggi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await app.Database.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys") >= 1);
    }
}
