using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The contacts page: a refused address is said next to its field and changes nothing; a save is in the history.</summary>
public sealed class ContattiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static Dictionary<string, string> Form(string ufficio, string sindaco = "", string emailSindaco = "") => new()
    {
        ["EmailUfficioElettorale"] = ufficio,
        ["Pec"] = "",
        ["Sindaco"] = sindaco,
        ["EmailSindaco"] = emailSindaco,
        ["Segretario"] = "",
        ["EmailSegretario"] = "",
    };

    [Fact]
    public async Task Save_AddressWithTwoMailboxes_ErrorNextToTheFieldAndNothingChanges()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var url = $"/enti/{WebAppFixture.Savona}/contatti";

        var response = await WebAppFixture.PostFormAsync(client, url, url, Form("elettorale@comune.savona.it", "Marco Russo", "sindaco@comune.savona.it; altro@example.it"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div id=\"EmailSindaco-errore\" class=\"invalid-feedback d-block\">Email del sindaco: «sindaco@comune.savona.it; altro@example.it» contiene più di un indirizzo", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"EmailSindaco-errore\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Marco Russo\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM contatto_storico WHERE ente_code = '{WebAppFixture.Savona}'"));
        Assert.Null(await app.Database.ScalarAsync<string>($"SELECT email_ufficio_elettorale FROM ente WHERE code = '{WebAppFixture.Savona}'"));
    }

    [Fact]
    public async Task Save_ByThePrefettura_InTheHistoryWithWhoWhenBeforeAndAfter()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var url = $"/enti/{WebAppFixture.Arenzano}/contatti";

        var response = await WebAppFixture.PostFormAsync(client, url, url, Form("elettorale@comune.arenzano.ge.it", "Luigi Bianchi"));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Contatti salvati (2 modifiche).", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>venerdì 10 maggio 2024, ore 10:00</td><td>pref.genova</td><td>Email dell'ufficio elettorale</td><td>—</td><td>elettorale@comune.arenzano.ge.it</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Sindaco (nome e cognome)</td><td>—</td><td>Luigi Bianchi</td>", page, StringComparison.Ordinal);
        Assert.Equal("elettorale@comune.arenzano.ge.it", await app.Database.ScalarAsync<string>($"SELECT email_ufficio_elettorale FROM ente WHERE code = '{WebAppFixture.Arenzano}'"));
    }

    [Fact]
    public async Task Save_ComuneUserSendsThePrefetturasAddress_Ignored()
    {
        var before = await app.Database.ScalarAsync<string>("SELECT coalesce(email, '') FROM prefettura WHERE code = 'UTG-GE'");
        var client = await app.LoginAsync(Users.SegretarioGenova.Name);
        var url = $"/enti/{WebAppFixture.Genova}/contatti";
        var form = Form("elettorale@comune.genova.it");
        form["EmailPrefettura"] = "dirottata@example.it";

        var html = await client.GetStringAsync(url);
        await WebAppFixture.PostFormAsync(client, url, url, form);

        Assert.DoesNotContain("id=\"EmailPrefettura\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.ScalarAsync<string>("SELECT coalesce(email, '') FROM prefettura WHERE code = 'UTG-GE'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM contatto_storico WHERE field = 'email_prefettura'"));
    }
}
