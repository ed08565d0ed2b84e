using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Scadenzario.Web.Tests.Features;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// The issue's end-to-end story in headless Chromium: a comune completes an act with a protocol
/// number and its prefettura sees the progress move; the subscription URL serves a valid feed;
/// the print page renders on A4. Every main page is screenshotted and checked with axe-core.
/// </summary>
// One browser at a time: two Chromiums beside the other test assemblies starve a 2-core machine.
[Collection(BrowserFixture.Collection)]
public sealed class BrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ComuneCompletesAnAct_PrefetturaSeesProgressMove()
    {
        var prefettura = await app.SignedInPageAsync(Users.PrefetturaGenova.Name);
        await prefettura.GotoAsync("/prefettura/GE");
        var before = await CompletedAsync(prefettura);
        await CheckPageAsync(prefettura, "prefettura-cruscotto");

        var comune = await app.SignedInPageAsync(Users.OperatoreGenova.Name);
        Assert.EndsWith("/enti/010025/oggi", comune.Url, StringComparison.Ordinal);
        await CheckPageAsync(comune, "comune-oggi");
        await comune.Locator("#tabella-scaduti a").First.ClickAsync();
        await comune.WaitForURLAsync("**/adempimenti/*");
        await CheckPageAsync(comune, "comune-adempimento");
        await comune.GetByLabel("Numero di protocollo").FillAsync("PG/2024/0042");
        await comune.GetByRole(AriaRole.Button, new() { Name = "Completa l'adempimento" }).ClickAsync();
        await comune.GetByText("Adempimento completato.").WaitForAsync();
        Assert.Contains("PG/2024/0042", await comune.Locator("#completamento").InnerTextAsync(), StringComparison.Ordinal);
        await comune.ScreenshotAsync(new() { Path = Shot("comune-adempimento-completato"), FullPage = true });

        await prefettura.ReloadAsync();
        Assert.Equal(before + 1, await CompletedAsync(prefettura));

        // The overdue list arrives through htmx when opened.
        await prefettura.Locator("#titolo-scaduti + details summary").ClickAsync();
        await prefettura.Locator("#tabella-scaduti").WaitForAsync();
        await prefettura.ScreenshotAsync(new() { Path = Shot("prefettura-scaduti"), FullPage = false });
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    [Fact]
    public async Task CalendarAndEvents_Render_WithoutSeriousAccessibilityViolations()
    {
        var page = await app.SignedInPageAsync(Users.SegretarioGenova.Name);
        await page.GotoAsync("/enti/010025/calendario");
        await CheckPageAsync(page, "comune-calendario");
        await page.GotoAsync("/enti/010025/eventi");
        await CheckPageAsync(page, "comune-eventi");

        var anonymous = await app.Browser.NewPageAsync(new() { BaseURL = app.BaseUrl });
        app.WatchConsole(anonymous);
        await anonymous.GotoAsync("/accesso");
        await CheckPageAsync(anonymous, "accesso");
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    [Fact]
    public async Task UfficioElettorale_Pages_WithoutSeriousAccessibilityViolations()
    {
        var page = await app.SignedInPageAsync(Users.UfficioGenova.Name);
        await page.GotoAsync("/ufficio/GE");
        await CheckPageAsync(page, "ufficio-tornate");
        await page.GotoAsync($"/ufficio/GE/tornate/{app.TornataId}");
        await CheckPageAsync(page, "ufficio-apertura");
        await page.GotoAsync("/ufficio/GE/osservatorio");
        await CheckPageAsync(page, "ufficio-osservatorio");
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    [Fact]
    public async Task SubscribeUrl_ServesAValidFeed()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreGenova.Name);
        await page.GotoAsync("/enti/010025/feed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea l'indirizzo" }).ClickAsync();
        var url = await page.Locator("#indirizzo-feed").InputValueAsync();
        await CheckPageAsync(page, "comune-calendario-esterno");

        var response = await page.APIRequest.GetAsync(url);
        var body = await response.BodyAsync();

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/calendar", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Empty(ICalendarValidator.Validate(body));
    }

    [Fact]
    public async Task PrintPage_RendersOnA4()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreGenova.Name);
        await page.GotoAsync("/enti/010025/stampa");
        await CheckPageAsync(page, "comune-stampa");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.it-header-wrapper").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Shot("comune-stampa-print"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Format = "A4", Path = Path.Combine(BrowserFixture.Screenshots, "cronoprogramma-genova.pdf") });

        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Contains("Comune di Genova", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.Screenshots, name + ".png");

    /// <summary>Screenshots the page and fails on axe-core violations of serious or critical impact.</summary>
    internal static async Task CheckPageAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Shot(name), FullPage = true });
        // Evaluated through the DevTools protocol, not as a <script>: the page's CSP stays in force.
        await page.EvaluateAsync(await File.ReadAllTextAsync(BrowserFixture.AxeScript));
        var result = await page.EvaluateAsync<JsonElement>("async () => await axe.run(document, { resultTypes: ['violations'] })");
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} — "
                + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))
            .ToList();
        Assert.True(serious.Count == 0, $"axe-core on {name} ({page.Url}):\n" + string.Join("\n", serious));
    }

    private static async Task<int> CompletedAsync(IPage page)
    {
        var text = await page.Locator("#comune-010025 .small").InnerTextAsync();
        return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
