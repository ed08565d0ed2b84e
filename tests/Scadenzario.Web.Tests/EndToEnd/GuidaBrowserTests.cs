using Microsoft.Playwright;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>The Guida in Chromium: reached from the header of a page, the own section first, accessible.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class GuidaBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Guida_FromTheHeader_OwnSectionFirst_AndThePageHasNoSeriousAccessibilityViolations()
    {
        var page = await app.SignedInPageAsync(Users.PrefetturaGenova.Name);
        await page.GotoAsync("/prefettura/GE");
        await page.GetByRole(AriaRole.Link, new() { Name = "Guida", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/guida", StringComparison.Ordinal));

        var headings = await page.Locator("main h2:not(#titolo-indice)").AllInnerTextsAsync();
        Assert.Equal("Prefettura", headings[0]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Che cosa significa lo stato di un adempimento" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#stati", StringComparison.Ordinal));
        Assert.True(await page.Locator("#tabella-stati").IsVisibleAsync());

        await BrowserTests.CheckPageAsync(page, "guida");
    }
}
