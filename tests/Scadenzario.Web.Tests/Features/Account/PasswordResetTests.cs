using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scadenzario.Web.Features.Account;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// The reset of a forgotten password by an emailed link, through the outbox: the request page
/// answers the same for any name; the link works once, for thirty minutes of the injected clock;
/// choosing the password ends every session. (The browser test follows the same link through the
/// real mail catcher.)
/// </summary>
public sealed partial class PasswordResetTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Request = "/accesso/recupero";
    private const string NewPassword = "Ritrovata-Password-3#";

    [Fact]
    public async Task Request_KnownUnknownDisabledWithoutEmail_SameAnswer_OnlyTheKnownAccountGetsAMessage()
    {
        await AccountPeople.CreateAsync(app, "recupero.noto", "recupero.noto@comune.genova.it", "Rita Nota");
        await AccountPeople.CreateAsync(app, "recupero.senza", null, "Sara Senza");
        await AccountPeople.CreateAsync(app, "recupero.spento", "recupero.spento@comune.genova.it", "Spento Rossi");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(await AccountPeople.IdOfAsync(app, "recupero.spento"), Users.Admin.Name);
        }

        var answers = new List<string>();
        foreach (var typed in new[] { "recupero.noto", "nessuno.con.questo.nome", "recupero.senza", "recupero.spento", "nessuno@example.it" })
        {
            var response = await WebAppFixture.PostFormAsync(app.Anonymous(), Request, Request, new() { ["NomeOEmail"] = typed });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(WithoutTokens(await response.Content.ReadAsStringAsync()));
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("Richiesta ricevuta.", answers[0], StringComparison.Ordinal);
        const string these = "kind = 'recupero-password' AND recipient IN ('recupero.noto@comune.genova.it', 'recupero.spento@comune.genova.it', 'nessuno@example.it')";
        Assert.Equal(1L, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM outbox WHERE {these}"));
        Assert.Equal("recupero.noto@comune.genova.it", await app.Database.ScalarAsync<string>($"SELECT recipient FROM outbox WHERE {these}"));
    }

    [Fact]
    public async Task Request_ByEmail_MessageNamesTheAccountAndThePerson()
    {
        await AccountPeople.CreateAsync(app, "recupero.email", "Recupero.Email@Comune.Genova.it", "Ernesto Email");

        await WebAppFixture.PostFormAsync(app.Anonymous(), Request, Request, new() { ["NomeOEmail"] = "recupero.email@comune.genova.it" });

        var text = await app.Database.ScalarAsync<string>("SELECT text_body FROM outbox WHERE kind = 'recupero-password' AND recipient = 'Recupero.Email@Comune.Genova.it'");
        Assert.Contains("Buongiorno Ernesto Email,", text, StringComparison.Ordinal);
        Assert.Contains("l'account «recupero.email»", text, StringComparison.Ordinal);
        // 10 May 2024, 08:00 UTC is 10:00 in Rome; the link works until 10:30.
        Assert.Contains("entro venerdì 10 maggio 2024 alle ore 10:30", text, StringComparison.Ordinal);
        Assert.Matches(LinkPattern(), text);
    }

    [Fact]
    public async Task Link_Used_WorksOnce_EndsTheSessions_NewPasswordSignsIn()
    {
        await AccountPeople.CreateAsync(app, "recupero.uso", "recupero.uso@comune.genova.it", "Ugo Uso");
        var session = await app.LoginAsync("recupero.uso");
        var link = await RequestLinkAsync("recupero.uso");

        var weak = await WebAppFixture.PostFormAsync(app.Anonymous(), link, "/accesso/reimposta", new() { ["Token"] = TokenOf(link), ["New"] = "debole", ["Confirmation"] = "altra" });
        var weakHtml = await weak.Content.ReadAsStringAsync();
        Assert.Contains("id=\"New-errore\"", weakHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Confirmation-errore\"", weakHtml, StringComparison.Ordinal);

        var chosen = await WebAppFixture.PostFormAsync(app.Anonymous(), link, "/accesso/reimposta", new() { ["Token"] = TokenOf(link), ["New"] = NewPassword, ["Confirmation"] = NewPassword });
        Assert.Contains("Password cambiata.", await chosen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/enti/010025/oggi")).StatusCode);
        await app.LoginAsync("recupero.uso", NewPassword);
        var again = await app.Anonymous().GetStringAsync(link);
        Assert.Contains(Encoded(PasswordResets.NoLongerValid), again, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"New\"", again, StringComparison.Ordinal);
        var replay = await WebAppFixture.PostFormAsync(app.Anonymous(), "/accesso/recupero", "/accesso/reimposta", new() { ["Token"] = TokenOf(link), ["New"] = "Terza-Password-4!", ["Confirmation"] = "Terza-Password-4!" });
        Assert.Contains(Encoded(PasswordResets.NoLongerValid), await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.LoginAsync("recupero.uso", NewPassword);
        Assert.Equal("password_recuperata", await app.Database.ScalarAsync<string>("SELECT action FROM account_audit WHERE user_name = 'recupero.uso'"));
    }

    [Fact]
    public async Task Link_AfterThirtyMinutes_Refused_PasswordUnchanged()
    {
        await AccountPeople.CreateAsync(app, "recupero.scaduto", "recupero.scaduto@comune.genova.it", "Sandro Scaduto");
        var link = await RequestLinkAsync("recupero.scaduto");
        var start = app.Clock.GetCurrentInstant();
        try
        {
            app.Clock.Advance(Duration.FromMinutes(29));
            Assert.Contains("name=\"New\"", await app.Anonymous().GetStringAsync(link), StringComparison.Ordinal);
            app.Clock.Advance(Duration.FromMinutes(1));

            var page = await app.Anonymous().GetStringAsync(link);
            var post = await WebAppFixture.PostFormAsync(app.Anonymous(), "/accesso/recupero", "/accesso/reimposta", new() { ["Token"] = TokenOf(link), ["New"] = NewPassword, ["Confirmation"] = NewPassword });

            Assert.Contains(Encoded(PasswordResets.NoLongerValid), page, StringComparison.Ordinal);
            Assert.Contains(Encoded(PasswordResets.NoLongerValid), await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await app.LoginAsync("recupero.scaduto");
        }
        finally
        {
            app.Clock.Reset(start);
        }
    }

    [Fact]
    public async Task Link_MadeUp_Refused()
    {
        var page = await app.Anonymous().GetStringAsync("/accesso/reimposta?token=" + new string('A', 43));

        Assert.Contains(Encoded(PasswordResets.NoLongerValid), page, StringComparison.Ordinal);
    }

    private async Task<string> RequestLinkAsync(string userName)
    {
        await WebAppFixture.PostFormAsync(app.Anonymous(), Request, Request, new() { ["NomeOEmail"] = userName });
        var text = await app.Database.ScalarAsync<string>($"SELECT text_body FROM outbox WHERE kind = 'recupero-password' AND recipient = '{userName}@comune.genova.it' ORDER BY id DESC LIMIT 1");
        var url = new Uri(LinkPattern().Match(text!).Value);
        return url.PathAndQuery;
    }

    private static string TokenOf(string link) => link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

    private static string Encoded(string text) => System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    // The anti-forgery token differs on every page; everything else must not.
    private static string WithoutTokens(string html) => TokenField().Replace(html, "");

    [GeneratedRegex(@"http://localhost/accesso/reimposta\?token=[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenField();
}
