using Microsoft.Playwright;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>The notification settings page in Chromium: usable without JavaScript, and accessible.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class NotificheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Settings_WithoutJavaScript_TurnTheDigestOff_AndThePageHasNoSeriousAccessibilityViolations()
    {
        await app.Database.ScalarAsync<int>($"UPDATE asp_net_users SET email = 'seg.genova@comune.genova.it' WHERE user_name = '{Users.SegretarioGenova.Name}'");
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "it-IT", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accesso");
        await page.GetByLabel("Nome utente").FillAsync(Users.SegretarioGenova.Name);
        await page.GetByLabel("Password").FillAsync(WebAppFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/accesso", StringComparison.Ordinal));

        await page.GotoAsync("/account/notifiche");
        var digest = page.GetByLabel("Riepilogo quotidiano, con i promemoria del giorno");
        Assert.True(await digest.IsCheckedAsync());
        // Bootstrap Italia draws the box on the label: click it as a person would.
        await page.Locator("label[for=Riepilogo]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva le preferenze" }).ClickAsync();

        await page.Locator("#esito").WaitForAsync();
        Assert.Equal("Preferenze salvate.", await page.Locator("#esito").InnerTextAsync());
        Assert.False(await page.GetByLabel("Riepilogo quotidiano, con i promemoria del giorno").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Avvisi urgenti: scadenze che non possono attendere il riepilogo del mattino").IsCheckedAsync());

        var withScript = await app.SignedInPageAsync(Users.SegretarioGenova.Name);
        await withScript.GotoAsync("/account/notifiche");
        await BrowserTests.CheckPageAsync(withScript, "account-notifiche");
    }
}
