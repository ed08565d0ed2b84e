using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The limits of <c>InputLimits</c> as an office meets them in the forms: an Italian message naming the limit, nothing saved.</summary>
public sealed class InputLimitsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Complete_ProtocolOverTheLimit_ItalianMessageAndNothingSaved()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var response = await WebAppFixture.PostFormAsync(client, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = new string('7', 101) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Il protocollo può avere al più 100 caratteri", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("da_fare", await app.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {task}"));
    }

    [Fact]
    public async Task Complete_TenMegabyteProtocol_RefusedWithAnItalianPageAndNothingSaved()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var response = await WebAppFixture.PostFormAsync(client, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = new string('7', 10 * 1024 * 1024) });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("al più 2048 kB", page, StringComparison.Ordinal);
        Assert.Equal("da_fare", await app.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {task}"));
    }

    [Fact]
    public async Task Detail_FormsCarryTheServerLimits()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var page = await client.GetStringAsync($"/adempimenti/{task}");

        Assert.Contains("name=\"Protocollo\" maxlength=\"100\"", page, StringComparison.Ordinal);
        Assert.Contains("maxlength=\"2000\"", page, StringComparison.Ordinal);
    }
}
