using Microsoft.Playwright;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// In Chromium, with its own fixture: these tests provoke failed responses on purpose, which the
/// other browser tests count as console errors.
/// </summary>
// One browser at a time: two Chromiums beside the other test assemblies starve a 2-core machine.
[Collection(BrowserFixture.Collection)]
public sealed class AdminBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HtmxRequest_Forbidden_ShowsItalianMessage()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreGenova.Name);
        Assert.True(await page.Locator("#avviso-htmx").IsHiddenAsync());

        // What a boosted link to another comune's page does.
        await page.EvaluateAsync("() => htmx.ajax('GET', '/enti/" + WebAppFixture.Savona + "/oggi', { target: 'body' })");

        var alert = page.Locator("#avviso-htmx");
        await alert.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("Operazione non consentita", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/enti/010025/oggi", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewUserForm_WithError_WithoutSeriousAccessibilityViolations()
    {
        var page = await app.SignedInPageAsync(Users.Admin.Name);
        await page.GotoAsync("/amministrazione/utenti");
        await BrowserTests.CheckPageAsync(page, "amministrazione-utenti");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuovo utente" }).ClickAsync();
        await page.GetByLabel("Nome utente").FillAsync("mario.rossi");
        await page.GetByLabel("Email").FillAsync("mario.rossi@example.it");
        await page.GetByLabel("Ruolo").SelectOptionAsync(Roles.Operatore);
        await page.GetByLabel("Codice dell'ente").FillAsync("GE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea l'utente" }).ClickAsync();

        await page.Locator("#EnteCode-errore").WaitForAsync();
        Assert.Contains("richiede un comune", await page.Locator("#EnteCode-errore").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(page, "amministrazione-nuovo-utente-errore");
    }
}
