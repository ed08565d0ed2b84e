using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>/account/notifiche for every role, and the "who receives what" of an ente on its Oggi page.</summary>
public sealed class NotificheTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task EveryRole_OpensItsOwnPage_AnonymousIsSentToLogin()
    {
        foreach (var user in Users.All)
        {
            var response = await (await app.LoginAsync(user.Name)).GetAsync("/account/notifiche");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user.Name}: {(int)response.StatusCode}");
        }

        var anonymous = await app.Anonymous().GetAsync("/account/notifiche");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/accesso", anonymous.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operatore_TurnsTheDigestOff_IsSavedAndTheEntePageSaysSo()
    {
        await SetEmailAsync(Users.OperatoreGenova.Name, "op.genova@comune.genova.it");
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var page = await client.GetStringAsync("/account/notifiche");
        Assert.Contains("op.genova@comune.genova.it", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Riepilogo\" name=\"Riepilogo\" value=\"true\" checked", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Urgente\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Rinvio\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Sollecito\"", page, StringComparison.Ordinal);  // the escalation is the prefettura's
        var oggi = await client.GetStringAsync($"/enti/{WebAppFixture.Genova}/oggi");
        Assert.Contains("<th scope=\"row\">op.genova@comune.genova.it</th>", oggi, StringComparison.Ordinal);
        Assert.Contains("<td>riepilogo, avvisi urgenti, scadenze spostate</td>", oggi, StringComparison.Ordinal);

        var saved = await WebAppFixture.PostFormAsync(client, "/account/notifiche", "/account/notifiche", new() { ["Urgente"] = "true", ["Rinvio"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("f t t", await SettingsAsync(Users.OperatoreGenova.Name));
        Assert.Contains("Preferenze salvate.", await client.GetStringAsync("/account/notifiche"), StringComparison.Ordinal);
        Assert.Contains("<td>avvisi urgenti, scadenze spostate</td>", await client.GetStringAsync($"/enti/{WebAppFixture.Genova}/oggi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefettura_ChoosesTheEscalation()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var page = await client.GetStringAsync("/account/notifiche");
        Assert.Contains("Segnalazione quotidiana dei comuni in ritardo", page, StringComparison.Ordinal);
        Assert.Contains("Riepilogo quotidiano degli adempimenti della Prefettura", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Rinvio\"", page, StringComparison.Ordinal);
        Assert.Contains("non ha un indirizzo email", page, StringComparison.Ordinal);

        await WebAppFixture.PostFormAsync(client, "/account/notifiche", "/account/notifiche", new() { ["Riepilogo"] = "true" });

        // The escalation off, the assicurazioni off, and the postponement notices (not offered) left as they were.
        Assert.Equal("t f f t", await SettingsAsync(Users.PrefetturaGenova.Name, withEscalation: true));
    }

    [Fact]
    public async Task BadValue_ItalianMessage_NothingSaved()
    {
        var client = await app.LoginAsync(Users.SegretarioGenova.Name);

        var response = await WebAppFixture.PostFormAsync(client, "/account/notifiche", "/account/notifiche", new() { ["Riepilogo"] = "forse" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Scelta non valida", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<int>(
            $"SELECT count(*) FROM notification_settings s JOIN asp_net_users u ON u.id = s.user_id WHERE u.user_name = '{Users.SegretarioGenova.Name}'"));
    }

    [Fact]
    public async Task Amministratore_HasNoEnte_IsToldItReceivesNothing()
    {
        var client = await app.LoginAsync(Users.Admin.Name);

        var page = await client.GetStringAsync("/account/notifiche");

        Assert.Contains("non è legato a un ente", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Salva le preferenze", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnteWithoutUsersWithEmail_ListsItsContacts()
    {
        await app.Database.ScalarAsync<int>($"UPDATE ente SET email_ufficio_elettorale = 'elettorale@comune.savona.it' WHERE code = '{WebAppFixture.Savona}'");
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);

        var oggi = await client.GetStringAsync($"/enti/{WebAppFixture.Savona}/oggi");

        Assert.Contains("<th scope=\"row\">elettorale@comune.savona.it</th>", oggi, StringComparison.Ordinal);
        Assert.Contains("indirizzo di contatto dell&#x27;ente", oggi.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("L'ente non ha ancora utenti con un indirizzo email", oggi, StringComparison.Ordinal);
    }

    private async Task SetEmailAsync(string userName, string email) =>
        await app.Database.ScalarAsync<int>($"UPDATE asp_net_users SET email = '{email}', normalized_email = upper('{email}') WHERE user_name = '{userName}'");

    private async Task<string?> SettingsAsync(string userName, bool withEscalation = false) =>
        await app.Database.ScalarAsync<string>($"""
            SELECT concat_ws(' ', s.digest, s.urgent, {(withEscalation ? "s.escalation, " : "")}s.postponement)
            FROM notification_settings s JOIN asp_net_users u ON u.id = s.user_id WHERE u.user_name = '{userName}'
            """);
}
