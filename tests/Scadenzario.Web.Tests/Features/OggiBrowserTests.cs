using Microsoft.Playwright;
using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.EndToEnd;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// Oggi, the calendar's month view and the search of an ente by name, in Debian's Chromium, on
/// Savona's ten hand-written acts (<see cref="OggiActs"/>), each page checked with axe-core. The
/// expected acts, days and counts are read off the fixture and written here.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class OggiBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Oggi = $"/enti/{WebAppFixture.Savona}/oggi";

    public async Task InitializeAsync()
    {
        await OggiActs.WriteAsync(app.Database, app.TornataId, WebAppFixture.Savona);
        app.Clock.Reset(OggiActs.Friday);
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset(OggiActs.Friday);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task QuietDay_ShowsTheNextDeadline()
    {
        app.Clock.Reset(OggiActs.QuietMonday);
        var page = await app.SignedInPageAsync(Users.OperatoreSavona.Name);

        await page.GotoAsync(Oggi);

        Assert.Equal(
            "Nessun adempimento scaduto o in scadenza oggi. La prossima scadenza: Prova A del sindaco di mercoledì 8 maggio 2024, ore 12:00.",
            Normalized(await page.Locator("#prossima-scadenza").InnerTextAsync()));
        Assert.Equal(["0", "0", "0", "2"], await CountsAsync(page));
        await BrowserTests.CheckPageAsync(page, "comune-oggi-giorno-tranquillo");
    }

    [Fact]
    public async Task BusyDay_NoNextDeadlineBox_DaSapereApartFromDaFare()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreSavona.Name);

        await page.GotoAsync(Oggi);

        Assert.Equal(["1", "1", "1", "2"], await CountsAsync(page));
        Assert.Equal(0, await page.Locator("#prossima-scadenza").CountAsync());
        Assert.Equal(["Prova A del sindaco"], await TitlesAsync(page, "scaduti"));
        Assert.Equal(["Prova C della giunta"], await TitlesAsync(page, "oggi"));
        Assert.Equal(["Prova E del segretario"], await TitlesAsync(page, "settimana"));
        // The electors' act and the prefettura's are known, not done: only in their own section.
        Assert.Equal(["Prova M della Prefettura", "Prova L degli elettori"], await TitlesAsync(page, "da-sapere"));
        await BrowserTests.CheckPageAsync(page, "comune-oggi-da-sapere");
    }

    [Fact]
    public async Task WaitingList_SaysWhatEachActWaitsFor_AsManyAsTheCard()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreSavona.Name);
        await page.GotoAsync(Oggi);

        var rows = page.Locator("#tabella-attesa tbody tr");

        Assert.Equal(2, await rows.CountAsync());
        Assert.Equal("2", await page.Locator("#conteggio-attesa").InnerTextAsync());
        Assert.Equal("Ricevimento della comunicazione delle liste e candidature ammesse", await rows.Nth(0).Locator("td.in-attesa-di").InnerTextAsync());
        Assert.Contains("Prova H in attesa delle liste", await rows.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Chiusura delle operazioni di scrutinio", await rows.Nth(1).Locator("td.in-attesa-di").InnerTextAsync());
        Assert.Contains("Prova W in attesa dello scrutinio", await rows.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_ByConsultationThenByActor_CountsFollowTheLists()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreSavona.Name);
        await page.GotoAsync(Oggi);

        await page.GetByLabel("Consultazione").SelectOptionAsync("comunali");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtra" }).ClickAsync();
        await page.WaitForURLAsync("**/oggi?consultazione=comunali*");

        Assert.Equal(["1", "0", "0", "1"], await CountsAsync(page));
        Assert.Equal(["Prova A del sindaco"], await TitlesAsync(page, "scaduti"));
        Assert.Equal(["Prova W in attesa dello scrutinio"], await TitlesAsync(page, "attesa"));
        Assert.Equal(["Prova M della Prefettura"], await TitlesAsync(page, "da-sapere"));
        await BrowserTests.CheckPageAsync(page, "comune-oggi-filtro-consultazione");

        await page.GetByLabel("Chi deve agire").SelectOptionAsync("ufficio-elettorale");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtra" }).ClickAsync();
        await page.WaitForURLAsync("**/oggi?consultazione=comunali&chi=ufficio-elettorale");

        Assert.Equal(["0", "0", "0", "1"], await CountsAsync(page));
        // Nothing of the ufficio's comunali acts is due: the next one, G, on 3 June.
        Assert.Contains("La prossima scadenza: Prova G dell'ufficio di lunedì 3 giugno 2024.", Normalized(await page.Locator("#prossima-scadenza").InnerTextAsync()), StringComparison.Ordinal);

        await page.GotoAsync(Oggi + "?consultazione=politiche");
        Assert.Contains("il filtro non è applicato", await page.Locator("#consultazione-errore").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["1", "1", "1", "2"], await CountsAsync(page));
    }

    [Fact]
    public async Task DaysShown_HolidaysMarked()
    {
        // Monday 27 May: the sindaco's R, on Sunday 2 June, is in the next seven days.
        app.Clock.Reset(Instant.FromUtc(2024, 5, 27, 8, 0));
        var page = await app.SignedInPageAsync(Users.OperatoreSavona.Name);

        await page.GotoAsync(Oggi + "?chi=sindaco");

        var due = page.Locator("#tabella-settimana tbody tr td").First;
        Assert.StartsWith("domenica 2 giugno 2024", await due.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("festivo: Festa della Repubblica", await due.Locator(".festivo").InnerTextAsync());
    }

    [Fact]
    public async Task MonthView_ActsOnTheirDays_HolidaysMarked_TodayAnchor()
    {
        var page = await app.SignedInPageAsync(Users.OperatoreSavona.Name);

        await page.GotoAsync($"/enti/{WebAppFixture.Savona}/calendario?vista=mese&mese=2024-06");

        Assert.Equal("Giugno 2024", await page.Locator("#mese-titolo").InnerTextAsync());
        Assert.Equal(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"], await page.Locator("#calendario-mese thead th").AllInnerTextsAsync());
        var sunday = Normalized(await page.Locator("#giorno-20240602").InnerTextAsync());
        Assert.Contains("Festa della Repubblica", sunday, StringComparison.Ordinal);
        Assert.Contains("Prova R del sindaco, festivo", sunday, StringComparison.Ordinal);
        Assert.Contains("Prova G dell'ufficio", await page.Locator("#giorno-20240603").InnerTextAsync(), StringComparison.Ordinal);
        // 1 June 2024 is a Saturday: the grid's first row starts on Monday 27 May, outside the month.
        Assert.Equal(5, await page.Locator("#calendario-mese tbody tr").First.Locator("td.fuori-mese").CountAsync());
        Assert.Equal("‹ maggio 2024", await page.Locator("#mese-precedente").InnerTextAsync());
        Assert.Equal("luglio 2024 ›", await page.Locator("#mese-successivo").InnerTextAsync());
        await BrowserTests.CheckPageAsync(page, "comune-calendario-mese");

        await page.GetByRole(AriaRole.Link, new() { Name = "Vai a oggi" }).ClickAsync();
        await page.WaitForURLAsync("**/calendario?vista=mese&mese=2024-05#oggi");

        Assert.Equal("Maggio 2024", await page.Locator("#mese-titolo").InnerTextAsync());
        var today = Normalized(await page.Locator("#oggi").InnerTextAsync());
        Assert.StartsWith("10", today, StringComparison.Ordinal);
        Assert.Contains("Prova C della giunta", today, StringComparison.Ordinal);
        Assert.Contains("Festa del lavoro", await page.Locator("#giorno-20240501").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/enti/{WebAppFixture.Savona}/calendario?vista=mese&mese=2024-13");
        Assert.Equal("Il mese richiesto non è valido: è mostrato il mese corrente.", await page.Locator("#mese-errore").InnerTextAsync());
        Assert.Equal("Maggio 2024", await page.Locator("#mese-titolo").InnerTextAsync());

        await page.GotoAsync($"/enti/{WebAppFixture.Savona}/calendario");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vai a oggi" }).ClickAsync();
        Assert.Equal("Oggi, venerdì 10 maggio 2024.", await page.Locator("#oggi").InnerTextAsync());
    }

    [Fact]
    public async Task EnteByName_AccentAndCaseInsensitive_OnlyThoseTheUserMaySee()
    {
        var admin = await app.SignedInPageAsync(Users.Admin.Name);
        await admin.GotoAsync("/");
        await admin.GetByLabel("Comune: nome o codice ISTAT").FillAsync("serra ricco");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Apri la giornata del comune" }).ClickAsync();
        await admin.WaitForURLAsync("**/enti/010058/oggi");

        await admin.GotoAsync("/vai?ente=SAVONA");
        Assert.EndsWith($"/enti/{WebAppFixture.Savona}/oggi", admin.Url, StringComparison.Ordinal);

        // "Sant" begins three names in Genova and Savona: the list, each with its province.
        await admin.GotoAsync("/vai?ente=sant");
        Assert.Equal(["Sant'Olcese (GE)", "Santa Margherita Ligure (GE)", "Santo Stefano d'Aveto (GE)"], await admin.Locator("main li a").AllInnerTextsAsync());
        await BrowserTests.CheckPageAsync(admin, "vai-enti-trovati");

        await admin.GotoAsync("/");
        await admin.GetByLabel("Provincia: nome o sigla").FillAsync("savona");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Apri il cruscotto della prefettura" }).ClickAsync();
        await admin.WaitForURLAsync("**/prefettura/SV");

        var prefettura = await app.SignedInPageAsync(Users.PrefetturaGenova.Name);
        await prefettura.GotoAsync("/vai?ente=Savona");
        Assert.Contains("«Savona»", await prefettura.Locator("#nessun-ente").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(prefettura, "vai-nessun-ente");
    }

    private static async Task<string[]> CountsAsync(IPage page) =>
        [
            await page.Locator("#conteggio-scaduti").InnerTextAsync(),
            await page.Locator("#conteggio-oggi").InnerTextAsync(),
            await page.Locator("#conteggio-settimana").InnerTextAsync(),
            await page.Locator("#conteggio-attesa").InnerTextAsync(),
        ];

    private static async Task<IReadOnlyList<string>> TitlesAsync(IPage page, string table) =>
        await page.Locator($"#tabella-{table} tbody tr td:nth-child(2) a").AllInnerTextsAsync();

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
