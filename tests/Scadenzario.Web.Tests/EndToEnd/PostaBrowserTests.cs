using Microsoft.Playwright;
using Scadenzario.Web.Tests.Features;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>The amministratore re-queues a failed message from the page of the outgoing mail, in Chromium, with axe.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class PostaBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Posta_RetryFailedMessage_QueuedAgainWithoutSeriousAccessibilityViolations()
    {
        var id = await PostaFixture.FailedMessageAsync(app, "elettorale.browser@comune.genova.it");
        var page = await app.SignedInPageAsync(Users.Admin.Name);
        await page.GotoAsync("/amministrazione/posta");
        await BrowserTests.CheckPageAsync(page, "amministrazione-posta");

        await page.GetByText($"1 tentativo").First.ClickAsync();
        Assert.Contains("421 4.3.2 servizio non disponibile", await page.Locator($"tr[data-messaggio='{id}'] details").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Rimetti in coda il messaggio n. {id}" }).ClickAsync();

        await page.Locator("#esito").WaitForAsync();
        Assert.Contains($"Il messaggio n. {id} è di nuovo in coda", await page.Locator("#esito").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("pending", await app.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {id}"));
        await BrowserTests.CheckPageAsync(page, "amministrazione-posta-rimesso-in-coda");
    }
}
