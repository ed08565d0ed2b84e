using Microsoft.Playwright;
using Scadenzario.Data.Enti;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>The prefettura finds a comune, opens the overdue list without JavaScript and sends a sollecito, which the act's history shows.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SollecitoBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sollecito_FromTheListWithoutJavaScript_RecordedInTheActsHistory()
    {
        await EntiContacts.SetAsync(app.Database.DataSource, WebAppFixture.Genova, new("elettorale@comune.genova.it", null, null));
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "it-IT", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accesso");
        await page.GetByLabel("Nome utente").FillAsync(Users.PrefetturaGenova.Name);
        await page.GetByLabel("Password").FillAsync(WebAppFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/accesso", StringComparison.Ordinal));

        await page.GotoAsync("/prefettura/GE");
        await page.Locator("#titolo-scaduti + details summary").ClickAsync();
        await page.Locator("#titolo-scaduti + details .elenco a").ClickAsync();
        await page.WaitForURLAsync("**/prefettura/GE/elenco?**");
        Assert.Equal("Adempimenti scaduti dei comuni", await page.Locator("h1").InnerTextAsync());

        var row = page.Locator("#tabella-elenco tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Genova", Exact = true }) }).First;
        var title = await row.Locator("td").Nth(1).Locator("a").InnerTextAsync();
        await row.GetByText("Sollecita").ClickAsync();
        await page.WaitForURLAsync("**/prefettura/GE/sollecito/*");
        Assert.StartsWith("elettorale@comune.genova.it", (await page.Locator("#destinatari").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await page.GetByLabel("Nota per il comune (facoltativa)").FillAsync("Provvedere entro oggi.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia il sollecito" }).ClickAsync();

        await page.WaitForURLAsync("**/adempimenti/*");
        await page.GetByText($"Sollecito inviato a Genova per «{title}»: elettorale@comune.genova.it.").WaitForAsync();
        var history = await page.Locator("#storico").InnerTextAsync();
        Assert.Contains("Sollecito della Prefettura al comune", history, StringComparison.Ordinal);
        Assert.Contains("nota: Provvedere entro oggi.; destinatari: elettorale@comune.genova.it", history, StringComparison.Ordinal);
        Assert.Equal(1, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM outbox WHERE kind = 'sollecito' AND ente_code = '{WebAppFixture.Genova}'"));

        // With JavaScript: the search, the list and the sollecito page, each checked by axe.
        var withScript = await app.SignedInPageAsync(Users.PrefetturaGenova.Name);
        await withScript.GotoAsync("/prefettura/GE");
        await withScript.GetByLabel("Cerca un comune").FillAsync("serra ricco");
        await withScript.GetByLabel("Ordina i comuni").SelectOptionAsync("scaduti");
        await withScript.GetByRole(AriaRole.Button, new() { Name = "Filtra" }).ClickAsync();
        await withScript.WaitForURLAsync("**cerca=serra**");
        Assert.Equal("1", await withScript.Locator("#comuni-mostrati").InnerTextAsync());
        Assert.Equal(1, await withScript.Locator("#comune-010058").CountAsync());
        await BrowserTests.CheckPageAsync(withScript, "prefettura-cruscotto-ricerca");

        await withScript.GotoAsync("/prefettura/GE/elenco?comune=010025");
        Assert.Contains(", da pref.genova", await withScript.Locator("#tabella-elenco").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(withScript, "prefettura-elenco");
        await withScript.Locator("#tabella-elenco tbody tr").Last.GetByText("Sollecita").ClickAsync();
        await withScript.WaitForURLAsync("**/prefettura/GE/sollecito/*");
        await BrowserTests.CheckPageAsync(withScript, "prefettura-sollecito");
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }
}
