using Microsoft.Playwright;
using NodaTime;
using Scadenzario.Data.Tornate;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// The amministratore changes the start of the comunali count from the tornata's page, reads what
/// moves, then confirms, in Chromium, with axe on the form, its refusal and its preview.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class TornataParametriBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ChangeParameterWithPreview_WithoutSeriousAccessibilityViolations()
    {
        var service = new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock);
        var id = await service.CreateAsync("Comunali con lo scrutinio da fissare", [new LocalDate(2024, 6, 23)]);
        await service.AddConsultationAsync(id, "comunali", new EntiSelection("file", "test", [WebAppFixture.Arenzano]), "test");
        var page = await app.SignedInPageAsync(Users.Admin.Name);
        await page.GotoAsync($"/amministrazione/tornate/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cambia i parametri del decreto" }).ClickAsync();
        await page.WaitForURLAsync($"**/amministrazione/tornate/{id}/parametri");
        await BrowserTests.CheckPageAsync(page, "tornata-parametri");

        // A day outside the window: the message stands next to the field, nothing is shown to confirm.
        var scrutinio = page.GetByLabel("Inizio dello scrutinio delle elezioni comunali");
        await scrutinio.FillAsync("2024-06-30T14:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra che cosa cambia" }).ClickAsync();
        await page.Locator("#parametro-inizio-scrutinio-comunali-errore").WaitForAsync();
        Assert.Contains("fuori dai giorni ammessi", await page.Locator("#parametro-inizio-scrutinio-comunali-errore").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#anteprima").CountAsync());
        await BrowserTests.CheckPageAsync(page, "tornata-parametri-errore");

        await page.GetByLabel("Inizio dello scrutinio delle elezioni comunali").FillAsync("2024-06-24T14:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra che cosa cambia" }).ClickAsync();
        await page.Locator("#anteprima").WaitForAsync();
        Assert.Contains("lunedì 24 giugno 2024, ore 14:00", await page.Locator("#nuovi-parametri").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"#anteprima section[data-ente='{WebAppFixture.Arenzano}'] tr[data-regola='comunali.scrutinio']").CountAsync());
        await BrowserTests.CheckPageAsync(page, "tornata-parametri-anteprima");
        Assert.Equal("{}", await app.Database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma i parametri" }).ClickAsync();
        await page.GetByText("Parametri del decreto aggiornati", new() { Exact = false }).WaitForAsync();
        Assert.Contains("lunedì 24 giugno 2024, ore 14:00", await page.Locator("#parametri").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("{\"inizio-scrutinio-comunali\": \"2024-06-24T14:00\"}", await app.Database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }
}
