using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Scadenzario.Web.Features.Account;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// Failed logins slow a guesser down and never lock the account: an anonymous stranger cannot keep
/// an office out on the morning of a deadline. The limits answer 429 with an Italian message; the
/// account's owner, from another address, signs in all the same; the amministratore is told.
/// </summary>
public sealed partial class LoginThrottleTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Stranger = "198.51.100.23";
    private const string Office = "203.0.113.10";

    [Fact]
    public async Task FailuresOfOneAccount_429FromThatAddress_OwnerSignsInFromAnother_NothingLocked()
    {
        var stranger = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var failed = await PostLoginAsync(stranger, Stranger, Users.SegretarioGenova.Name, "sbagliata-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var throttled = await PostLoginAsync(stranger, Stranger, Users.SegretarioGenova.Name, WebAppFixture.Password);
        var owner = await PostLoginAsync(app.Anonymous(), Office, Users.SegretarioGenova.Name, WebAppFixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains(WebUtilityEncoded(LoginThrottle.PageMessage), await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal(0, await app.Database.ScalarAsync<int>($"SELECT access_failed_count FROM asp_net_users WHERE user_name = '{Users.SegretarioGenova.Name}'"));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM asp_net_users WHERE user_name = '{Users.SegretarioGenova.Name}' AND lockout_end IS NOT NULL"));
    }

    [Fact]
    public async Task ManyAttemptsFromOneAddress_Page429AndApi429InItalian_OtherAddressServed()
    {
        await using var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Login:AttemptsPerAddress", "3"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostLoginAsync(client, Stranger, "nome-" + i, "x")).StatusCode);
        }

        var page = await PostLoginAsync(client, Stranger, Users.OperatoreGenova.Name, WebAppFixture.Password);
        var api = new HttpRequestMessage(HttpMethod.Post, "/api/accesso") { Content = JsonContent.Create(new { nomeUtente = Users.OperatoreGenova.Name, password = WebAppFixture.Password }) };
        api.Headers.Add(TestPeerAddress.Header, Stranger);
        var apiResponse = await client.SendAsync(api);
        var elsewhere = await PostLoginAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), Office, Users.OperatoreGenova.Name, WebAppFixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains(LoginThrottle.PageMessage, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(LoginThrottle.PageMessage, (await apiResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task RepeatedFailures_ShownToTheAmministratore_WithTheAddress()
    {
        for (var i = 0; i < 5; i++)
        {
            await PostLoginAsync(app.Anonymous(), "192.0.2.77", Users.UfficioGenova.Name, "sbagliata-" + i);
        }

        await PostLoginAsync(app.Anonymous(), "192.0.2.77", "nome.che.non.esiste", "x");
        var admin = await app.LoginAsync(Users.Admin.Name);

        var page = await admin.GetStringAsync("/amministrazione/utenti");

        Assert.Contains("id=\"accessi-falliti\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-utente=\"{Users.UfficioGenova.Name}\">«{Users.UfficioGenova.Name}»: 5 tentativi", page, StringComparison.Ordinal);
        Assert.Contains("192.0.2.77", page, StringComparison.Ordinal);
        Assert.DoesNotContain("nome.che.non.esiste", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// The warning counts down the failures of the name from the address, from the last two on,
    /// and reads the same for a name no account has: it tells nothing of which accounts exist.
    /// </summary>
    [Fact]
    public async Task Failures_WarningFromTheThirdOn_SameForAnUnknownName()
    {
        var warnings = new Dictionary<string, List<string?>>();
        foreach (var (name, address) in new[] { (Users.OperatoreSavona.Name, "192.0.2.90"), ("nessun.account.cosi", "192.0.2.91") })
        {
            warnings[name] = [];
            for (var i = 0; i < 5; i++)
            {
                var html = await (await PostLoginAsync(app.Anonymous(), address, name, "sbagliata-" + i)).Content.ReadAsStringAsync();
                var warning = WarningPattern().Match(html);
                warnings[name].Add(warning.Success ? warning.Groups[1].Value : null);
            }
        }

        string?[] expected =
        [
            null,
            null,
            "Restano 2 tentativi per questo nome utente da questa postazione prima di una pausa di 15 minuti.",
            "Resta 1 tentativo per questo nome utente da questa postazione prima di una pausa di 15 minuti.",
            WebUtilityEncoded("Tentativi esauriti per questo nome utente da questa postazione: attendere 15 minuti prima di riprovare, oppure chiedere una nuova password con «Password dimenticata?»."),
        ];
        Assert.Equal(expected, warnings[Users.OperatoreSavona.Name]);
        Assert.Equal(expected, warnings["nessun.account.cosi"]);
    }

    /// <summary>Empty fields are each told next to their field, at once, and nothing is tried.</summary>
    [Fact]
    public async Task EmptyFields_BothErrorsNextToTheirFields_NoFailureRecorded()
    {
        var before = await app.Database.ScalarAsync<long>("SELECT count(*) FROM login_failure");

        var html = await (await PostLoginAsync(app.Anonymous(), "192.0.2.92", "", "")).Content.ReadAsStringAsync();

        Assert.Contains("id=\"UserName-errore\" class=\"invalid-feedback d-block\">Indicare il nome utente.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Password-errore\" class=\"invalid-feedback d-block\">Indicare la password.", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.ScalarAsync<long>("SELECT count(*) FROM login_failure"));
    }

    [System.Text.RegularExpressions.GeneratedRegex("id=\"avviso-tentativi\">([^<]*)</div>")]
    private static partial System.Text.RegularExpressions.Regex WarningPattern();

    /// <summary>The login form posted from <paramref name="address"/>, with the anti-forgery token a browser would send.</summary>
    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string address, string userName, string password)
    {
        var form = await client.GetStringAsync("/accesso");
        var request = new HttpRequestMessage(HttpMethod.Post, "/accesso")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = WebAppFixture.AntiforgeryToken(form),
            }),
        };
        request.Headers.Add(TestPeerAddress.Header, address);
        return await client.SendAsync(request);
    }

    // The page encodes the apostrophe of "un'altra" as HTML does.
    private static string WebUtilityEncoded(string text) => System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);
}
