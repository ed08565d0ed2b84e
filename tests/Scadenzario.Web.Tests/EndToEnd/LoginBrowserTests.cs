using Microsoft.Playwright;
using Scadenzario.Web.Features.Account;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// In Chromium, with its own fixture (it answers 429 on purpose): the throttled login page and the
/// amministratore's notice of repeated failures, each checked with axe-core.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class LoginBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RepeatedFailures_ThrottledPageAndAdminNotice_WithoutSeriousAccessibilityViolations()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "it-IT" });
        var page = await context.NewPageAsync();
        for (var i = 0; i <= 5; i++)
        {
            await page.GotoAsync("/accesso");
            await page.GetByLabel("Nome utente").FillAsync(Users.UfficioGenova.Name);
            await page.GetByLabel("Password").FillAsync("sbagliata-" + i);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
            await page.Locator("#errore-accesso").WaitForAsync();
        }

        Assert.Equal(LoginThrottle.PageMessage, await page.Locator("#errore-accesso").InnerTextAsync());
        await BrowserTests.CheckPageAsync(page, "accesso-troppi-tentativi");

        var admin = await app.SignedInPageAsync(Users.Admin.Name);
        await admin.GotoAsync("/amministrazione/utenti");
        Assert.Contains("«uff.genova»: 5 tentativi", await admin.Locator("#accessi-falliti").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(admin, "amministrazione-accessi-falliti");
    }
}
