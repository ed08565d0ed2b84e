using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The amministratore's account pages: create, reset, unlock, disable, and the history they leave.</summary>
public sealed partial class AmministrazioneTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string NewPage = "/amministrazione/utenti/nuovo";
    private const string ListPage = "/amministrazione/utenti";

    [Theory]
    [InlineData("nuovo.op1", Roles.Operatore, "GE", "richiede un comune")]
    [InlineData("nuovo.pref1", Roles.Prefettura, WebAppFixture.Genova, "è un comune")]
    [InlineData("nuovo.uff1", Roles.UfficioProvinciale, "", "indicare la sigla della provincia")]
    [InlineData("nuovo.seg1", Roles.Segretario, "999999", "non esiste")]
    [InlineData("nuovo.adm1", Roles.Amministratore, WebAppFixture.Genova, "non appartiene a un ente")]
    [InlineData("nuovo.x1", "capo", WebAppFixture.Genova, "Scegliere uno dei ruoli")]
    public async Task Create_WrongEnteForRole_ItalianErrorAndNothingWritten(string userName, string role, string ente, string message)
    {
        var admin = await app.LoginAsync(Users.Admin.Name);

        var response = await CreateAsync(admin, userName, role, ente);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Utente non creato", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM asp_net_users WHERE user_name = '{userName}'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM account_audit WHERE user_name = '{userName}'"));
    }

    [Fact]
    public async Task Create_Operatore_ShowsPasswordOnceThatSignsIn_AndRecordsWithoutIt()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);

        var response = await CreateAsync(admin, "op.arenzano", Roles.Operatore, WebAppFixture.Arenzano);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "the page with the password must not be stored");
        var password = PasswordOf(await response.Content.ReadAsStringAsync(), "password-iniziale");
        var user = await app.LoginAsync("op.arenzano", password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/enti/{WebAppFixture.Arenzano}/oggi")).StatusCode);
        Assert.Equal("admin creato", await app.Database.ScalarAsync<string>("SELECT actor || ' ' || action FROM account_audit WHERE user_name = 'op.arenzano'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM account_audit WHERE details LIKE '%{password}%'"));
        Assert.DoesNotContain(app.Log, line => line.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(password, await admin.GetStringAsync(ListPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_NewOneSignsIn_OldOneNoLonger()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var first = PasswordOf(await (await CreateAsync(admin, "seg.savona", Roles.Segretario, WebAppFixture.Savona)).Content.ReadAsStringAsync(), "password-iniziale");

        var response = await WebAppFixture.PostFormAsync(admin, ListPage, $"{ListPage}?handler=Reimposta", new() { ["id"] = await IdOfAsync("seg.savona") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = PasswordOf(await response.Content.ReadAsStringAsync(), "nuova-password");
        Assert.NotEqual(first, second);
        await app.LoginAsync("seg.savona", second);
        var old = await WebAppFixture.PostFormAsync(app.Anonymous(), "/accesso", "/accesso", new() { ["UserName"] = "seg.savona", ["Password"] = first });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(1, await app.Database.ScalarAsync<long>("SELECT count(*) FROM account_audit WHERE user_name = 'seg.savona' AND action = 'password_reimpostata' AND actor = 'admin'"));
    }

    [Fact]
    public async Task Unlock_LockedOutAccount_SignsInAgain()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var password = PasswordOf(await (await CreateAsync(admin, "uff.savona", Roles.UfficioProvinciale, "SV")).Content.ReadAsStringAsync(), "password-iniziale");
        // Failed logins no longer lock an account (LoginThrottleTests); a lockout set before, or by
        // Identity elsewhere, is still shown and ended here.
        await app.Database.ScalarAsync<long>("WITH u AS (UPDATE asp_net_users SET lockout_end = now() + interval '15 minutes' WHERE user_name = 'uff.savona' RETURNING 1) SELECT count(*) FROM u");

        Assert.Contains("Bloccato", RowOf(await admin.GetStringAsync(ListPage), "uff.savona"), StringComparison.Ordinal);

        var response = await WebAppFixture.PostFormAsync(admin, ListPage, $"{ListPage}?handler=Sblocca", new() { ["id"] = await IdOfAsync("uff.savona") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Attivo", RowOf(await response.Content.ReadAsStringAsync(), "uff.savona"), StringComparison.Ordinal);
        await app.LoginAsync("uff.savona", password);
        Assert.Equal(1, await app.Database.ScalarAsync<long>("SELECT count(*) FROM account_audit WHERE user_name = 'uff.savona' AND action = 'sbloccato'"));
    }

    [Fact]
    public async Task Disable_Account_CannotSignIn_AndReenableRestoresIt()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var password = PasswordOf(await (await CreateAsync(admin, "pref.sv2", Roles.Prefettura, "SV")).Content.ReadAsStringAsync(), "password-iniziale");
        var id = await IdOfAsync("pref.sv2");

        await WebAppFixture.PostFormAsync(admin, ListPage, $"{ListPage}?handler=Disattiva", new() { ["id"] = id });

        var refused = await WebAppFixture.PostFormAsync(app.Anonymous(), "/accesso", "/accesso", new() { ["UserName"] = "pref.sv2", ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Disattivato", RowOf(await admin.GetStringAsync(ListPage), "pref.sv2"), StringComparison.Ordinal);

        await WebAppFixture.PostFormAsync(admin, ListPage, $"{ListPage}?handler=Sblocca", new() { ["id"] = id });
        await app.LoginAsync("pref.sv2", password);
        Assert.Equal("disattivato riattivato", await app.Database.ScalarAsync<string>("SELECT string_agg(action, ' ' ORDER BY id) FROM account_audit WHERE user_name = 'pref.sv2' AND action <> 'creato'"));
    }

    [Fact]
    public async Task AccountAudit_UpdateOrDelete_RefusedByTheDatabase()
    {
        await app.Database.ScalarAsync<long>("WITH i AS (INSERT INTO account_audit (at, actor, action, user_name) VALUES (now(), 'test', 'creato', 'x') RETURNING id) SELECT id FROM i");

        await Assert.ThrowsAsync<PostgresException>(() => app.Database.ScalarAsync<long>("WITH u AS (UPDATE account_audit SET actor = 'altro' RETURNING id) SELECT count(*) FROM u"));
        await Assert.ThrowsAsync<PostgresException>(() => app.Database.ScalarAsync<long>("WITH d AS (DELETE FROM account_audit RETURNING id) SELECT count(*) FROM d"));
    }

    private static async Task<HttpResponseMessage> CreateAsync(HttpClient admin, string userName, string role, string ente) =>
        await WebAppFixture.PostFormAsync(admin, NewPage, NewPage, new()
        {
            ["UserName"] = userName,
            ["Email"] = userName + "@example.it",
            ["Role"] = role,
            ["EnteCode"] = ente,
        });

    private async Task<string> IdOfAsync(string userName) =>
        (await app.Database.ScalarAsync<string>($"SELECT id FROM asp_net_users WHERE user_name = '{userName}'"))!;

    private static string PasswordOf(string html, string id) =>
        Regex.Match(html, $"id=\"{id}\">([^<]+)<") is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no password in the page");

    private static string RowOf(string html, string userName) =>
        Regex.Match(html, $"<tr data-utente=\"{Regex.Escape(userName)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
}
