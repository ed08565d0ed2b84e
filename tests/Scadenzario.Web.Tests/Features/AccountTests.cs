using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

public sealed class AccountTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Login_WrongPassword_ItalianMessageAndPasswordNeverLogged()
    {
        const string secret = "Segretissima-Password-42";
        var client = app.Anonymous();

        var response = await WebAppFixture.PostFormAsync(client, "/accesso", "/accesso", new() { ["UserName"] = Users.SegretarioGenova.Name, ["Password"] = secret });
        await app.LoginAsync(Users.SegretarioGenova.Name);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nome utente o password non corretti, oppure account non attivo.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        Assert.NotEmpty(app.Log);
        Assert.DoesNotContain(app.Log, line => line.Contains(secret, StringComparison.Ordinal) || line.Contains(WebAppFixture.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_EachRole_GoesToItsPage()
    {
        Assert.Equal("/enti/010025/oggi", (await (await app.LoginAsync(Users.OperatoreGenova.Name)).GetAsync("/")).Headers.Location!.OriginalString);
        Assert.Equal("/prefettura/GE", (await (await app.LoginAsync(Users.PrefetturaGenova.Name)).GetAsync("/")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(Users.Admin.Name)).GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Logout_IsAPostWithToken()
    {
        var client = await app.LoginAsync(Users.UfficioGenova.Name);

        var response = await WebAppFixture.PostFormAsync(client, "/enti/GE/oggi", "/uscita", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/enti/GE/oggi")).StatusCode);
    }
}
