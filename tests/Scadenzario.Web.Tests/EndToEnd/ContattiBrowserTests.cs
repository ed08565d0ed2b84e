using Microsoft.Playwright;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>An office edits its contacts in Chromium and sees at once who receives its messages change; the pages pass axe.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class ContattiBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Contacts_EditedByTheComune_RecipientsChangeAtOnce()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreGenova.Name);
        Assert.EndsWith("/enti/010025/oggi", page.Url, StringComparison.Ordinal);
        await page.Locator("#nessun-destinatario").WaitForAsync();

        await page.Locator("#link-contatti").ClickAsync();
        await page.WaitForURLAsync("**/enti/010025/contatti");
        await BrowserTests.CheckPageAsync(page, "contatti");

        await Field(page, "Email dell'ufficio elettorale").FillAsync("elettorale@comune.genova.it, altro@example.it");
        await Field(page, "Segretario comunale (nome e cognome)").FillAsync("Anna Verdi");
        await Field(page, "Email del segretario comunale").FillAsync("segreteria@comune.genova.it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva i contatti" }).ClickAsync();

        await page.Locator("#EmailUfficioElettorale-errore").WaitForAsync();
        Assert.Contains("contiene più di un indirizzo", await page.Locator("#EmailUfficioElettorale-errore").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Anna Verdi", await Field(page, "Segretario comunale (nome e cognome)").InputValueAsync());
        await BrowserTests.CheckPageAsync(page, "contatti-errore");
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM contatto_storico"));

        await Field(page, "Email dell'ufficio elettorale").FillAsync("elettorale@comune.genova.it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva i contatti" }).ClickAsync();
        await page.GetByText("Contatti salvati (3 modifiche).").WaitForAsync();

        Assert.Equal(["elettorale@comune.genova.it", "segreteria@comune.genova.it"], await page.Locator("#tabella-destinatari tbody th").AllInnerTextsAsync());
        Assert.Equal(3, await page.Locator("#storico-contatti tbody tr").CountAsync());
        Assert.Contains("op.genova", await page.Locator("#storico-contatti tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);

        // The day's page shows the contacts and the new recipients, with no wait.
        await page.GotoAsync("/enti/010025/oggi");
        Assert.Contains("Anna Verdi", await page.Locator("#contatti-ente").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["elettorale@comune.genova.it", "segreteria@comune.genova.it"], await page.Locator("#tabella-destinatari tbody th").AllInnerTextsAsync());

        // The prefettura takes the ufficio's address away: it no longer receives.
        var prefettura = await app.SignedInPageAsync(Users.PrefetturaGenova.Name);
        await prefettura.GotoAsync("/enti/010025/contatti");
        await Field(prefettura, "Email dell'ufficio elettorale").FillAsync("");
        await prefettura.GetByRole(AriaRole.Button, new() { Name = "Salva i contatti" }).ClickAsync();
        await prefettura.GetByText("Contatti salvati (1 modifica).").WaitForAsync();
        await page.ReloadAsync();
        Assert.Equal(["segreteria@comune.genova.it"], await page.Locator("#tabella-destinatari tbody th").AllInnerTextsAsync());
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });
}
