using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// A person changes their own password: the current one is required, the product's rules hold and
/// every broken one is told at once next to its field; the change ends every other session and
/// bearer token of the account while the browser that made it goes on.
/// </summary>
public sealed class PasswordChangeTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Page = "/account/password";
    private const string NewPassword = "Altra-Password-2?";

    [Fact]
    public async Task Change_WrongCurrentShortNewMismatch_EveryErrorNextToItsField_NothingChanged()
    {
        await AccountPeople.CreateAsync(app, "cambio.errori", "cambio.errori@comune.genova.it", "Carla Errori");
        var client = await app.LoginAsync("cambio.errori");

        var response = await WebAppFixture.PostFormAsync(client, Page, Page, new() { ["Current"] = "non-questa", ["New"] = "corta", ["Confirmation"] = "diversa" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Current-errore\" class=\"invalid-feedback d-block\">La password attuale non è corretta.", html, StringComparison.Ordinal);
        Assert.Contains("Deve avere almeno 10 caratteri.", html, StringComparison.Ordinal);
        Assert.Contains("Deve contenere almeno una lettera maiuscola.", html, StringComparison.Ordinal);
        Assert.Contains("Deve contenere almeno una cifra.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Confirmation-errore\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("non-questa", html, StringComparison.Ordinal);
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM account_audit WHERE user_name = 'cambio.errori'"));
        await app.LoginAsync("cambio.errori");
    }

    [Fact]
    public async Task Change_Valid_OtherSessionAndBearerEnd_ThisBrowserGoesOn_NewPasswordSignsIn()
    {
        await AccountPeople.CreateAsync(app, "cambio.valido", "cambio.valido@comune.genova.it", "Carlo Valido");
        var browser = await app.LoginAsync("cambio.valido");
        var other = await app.LoginAsync("cambio.valido");
        var bearer = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var token = await bearer.PostAsJsonAsync("/api/accesso", new { nomeUtente = "cambio.valido", password = WebAppFixture.Password });
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/enti/010025/adempimenti")).StatusCode);

        var response = await WebAppFixture.PostFormAsync(browser, Page, Page, new() { ["Current"] = WebAppFixture.Password, ["New"] = NewPassword, ["Confirmation"] = NewPassword });

        Assert.Contains("Password cambiata.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/enti/010025/oggi")).StatusCode);
        var ended = await other.GetAsync("/enti/010025/oggi");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/accesso", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/enti/010025/adempimenti")).StatusCode);
        await app.LoginAsync("cambio.valido", NewPassword);
        var old = await WebAppFixture.PostFormAsync(app.Anonymous(), "/accesso", "/accesso", new() { ["UserName"] = "cambio.valido", ["Password"] = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("password_cambiata", await app.Database.ScalarAsync<string>("SELECT action FROM account_audit WHERE user_name = 'cambio.valido'"));
    }

    [Fact]
    public async Task Change_SameAsCurrent_Refused()
    {
        await AccountPeople.CreateAsync(app, "cambio.uguale", null, "Carla Uguale");
        var client = await app.LoginAsync("cambio.uguale");

        var response = await WebAppFixture.PostFormAsync(client, Page, Page, new() { ["Current"] = WebAppFixture.Password, ["New"] = WebAppFixture.Password, ["Confirmation"] = WebAppFixture.Password });

        Assert.Contains("La nuova password deve essere diversa da quella attuale.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM account_audit WHERE user_name = 'cambio.uguale'"));
    }
}
