using Microsoft.Playwright;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// The amministratore creates a tornata, adds the comunali for a comune found by name, moves the
/// voting day after reading its preview and records an event, in Chromium, with axe on every page.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class TornateBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CreateAddMoveWithPreview_WithoutSeriousAccessibilityViolations()
    {
        var page = await app.SignedInPageAsync(Users.Admin.Name);
        await page.GotoAsync("/amministrazione/tornate");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nuova tornata" }).ClickAsync();
        await page.WaitForURLAsync("**/amministrazione/tornate/nuova");
        await BrowserTests.CheckPageAsync(page, "tornata-nuova");

        // A Saturday alone: the message stands next to the day, and the form keeps what was typed.
        await page.GetByLabel("Nome della tornata").FillAsync("Comunali di Arenzano");
        await page.GetByLabel("Giorno della votazione (il primo, se si vota in due giorni)").FillAsync("2024-06-22");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea la tornata" }).ClickAsync();
        await page.Locator("#PrimoGiorno-errore").WaitForAsync();
        Assert.Contains("non sabato 22 giugno 2024", await page.Locator("#PrimoGiorno-errore").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(page, "tornata-nuova-errore");

        await page.GetByLabel("Giorno della votazione (il primo, se si vota in due giorni)").FillAsync("2024-06-23");
        await page.GetByLabel("Ora di chiusura della votazione (ultimo giorno di votazione)").FillAsync("22:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea la tornata" }).ClickAsync();
        await page.Locator("#giorni").WaitForAsync();
        Assert.Equal("domenica 23 giugno 2024", await page.Locator("#giorni").InnerTextAsync());
        Assert.Contains("ore 22:00", await page.Locator("#parametri").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(page, "tornata-pagina");

        await page.GetByRole(AriaRole.Link, new() { Name = "Aggiungi una consultazione" }).ClickAsync();
        await page.GetByLabel("Consultazione", new() { Exact = true }).SelectOptionAsync("comunali");
        await page.GetByLabel("Nome del comune (con «I comuni cercati per nome»)").FillAsync("Arenzano");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca i comuni" }).ClickAsync();
        await page.Locator("#trovati").WaitForAsync();
        // Bootstrap Italia draws the box on the label, which takes the click.
        await page.Locator($"label[for='ente-{WebAppFixture.Arenzano}']").ClickAsync();
        Assert.True(await page.GetByLabel("Arenzano (provincia GE)").IsCheckedAsync());
        await BrowserTests.CheckPageAsync(page, "tornata-consultazione-ricerca");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aggiungi la consultazione" }).ClickAsync();
        await page.GetByText("Consultazione aggiunta: Elezioni comunali, per 1 enti.", new() { Exact = false }).WaitForAsync();
        var id = await app.Database.ScalarAsync<long>("SELECT id FROM tornata WHERE name = 'Comunali di Arenzano'");
        var dueBefore = await DueDatesAsync(id);

        await page.GetByRole(AriaRole.Link, new() { Name = "Sposta i giorni della votazione" }).ClickAsync();
        await page.GetByLabel("Nuovo giorno della votazione (il primo, se si vota in due giorni)").FillAsync("2024-06-30");
        await page.GetByLabel("Motivo del rinvio").FillAsync("decreto prefettizio n. 7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra che cosa si sposta" }).ClickAsync();
        await page.Locator("#anteprima").WaitForAsync();
        Assert.Contains("In 1 enti", await page.Locator("#riepilogo").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator($"#anteprima section[data-ente='{WebAppFixture.Arenzano}'] tbody tr").CountAsync() > 0);
        await BrowserTests.CheckPageAsync(page, "tornata-rinvio-anteprima");
        // The preview wrote nothing.
        Assert.Equal(dueBefore, await DueDatesAsync(id));
        Assert.Equal("{2024-06-23}", await app.Database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {id}"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma il rinvio" }).ClickAsync();
        await page.GetByText("Tornata rinviata a domenica 30 giugno 2024", new() { Exact = false }).WaitForAsync();
        Assert.Equal("domenica 30 giugno 2024", await page.Locator("#giorni").InnerTextAsync());
        Assert.NotEqual(dueBefore, await DueDatesAsync(id));

        await page.GetByRole(AriaRole.Link, new() { Name = "Eventi della tornata" }).ClickAsync();
        await page.Locator("#nessun-evento").WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "tornata-eventi");
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    [Fact]
    public async Task Prefettura_ConvenesTheComunaliOfAComuneFoundByName_WithoutSeriousAccessibilityViolations()
    {
        var page = await app.SignedInPageAsync(Users.PrefetturaGenova.Name);
        await page.GetByRole(AriaRole.Link, new() { Name = "Convocazione delle comunali" }).ClickAsync();
        await page.Locator("#tornate").WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "prefettura-tornate");

        await page.GetByRole(AriaRole.Link, new() { Name = "Convoca le comunali nella tornata Europee e comunali 2024" }).ClickAsync();
        await page.GetByLabel("Nome del comune (con «I comuni cercati per nome»)").FillAsync("Arenzano");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cerca i comuni" }).ClickAsync();
        await page.Locator("#trovati").WaitForAsync();
        await page.Locator($"label[for='ente-{WebAppFixture.Arenzano}']").ClickAsync();
        await BrowserTests.CheckPageAsync(page, "prefettura-comunali-ricerca");
        await page.GetByRole(AriaRole.Button, new() { Name = "Convoca le comunali", Exact = true }).ClickAsync();

        await page.GetByText("Comizi comunali convocati per 1 comuni", new() { Exact = false }).WaitForAsync();
        Assert.Equal("{europee,comunali}", await app.Database.ScalarAsync<string>(
            $"SELECT consultations::text FROM tornata_ente WHERE tornata_id = {app.TornataId} AND ente_code = '{WebAppFixture.Arenzano}'"));
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    private Task<string?> DueDatesAsync(long id) =>
        app.Database.ScalarAsync<string>($"SELECT string_agg(id || ':' || coalesce(due_date::text, '-'), ',' ORDER BY id) FROM adempimento_vista WHERE tornata_id = {id}");
}
