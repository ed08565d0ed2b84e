using Microsoft.Playwright;
using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// The ufficio elettorale of the Provincia di Savona enters a candidacy for presidente through the form in
/// Chromium: a wrong field shows its message beside it, "Aggiungi righe" keeps what was typed, and each new
/// page of the presidente passes axe.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class PresidenteBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly LocalDate Voto = new(2024, 7, 14);

    [Fact]
    public async Task Ufficio_EntersACandidacyForPresidente_ByForm_WithoutSeriousAccessibilityViolations()
    {
        app.Clock.Reset(Rome(Voto.PlusDays(-59)));
        var tornate = new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock);
        var tornata = await tornate.CreateAsync("Provinciali Savona 2024", [Voto]);
        await tornate.AddConsultationAsync(tornata, "provinciali", EntiSelection.Parse("province:SV"), "test");
        app.Clock.Reset(Rome(Voto.PlusDays(-33)));

        var page = await app.SignedInPageAsync(Users.Admin.Name);
        await page.GotoAsync($"/ufficio/SV/tornate/{tornata}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apri l'ufficio elettorale" }).ClickAsync();
        await page.GetByText("Ufficio elettorale aperto").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Presidente", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Elezione del presidente: Provincia di Savona" }).WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "ufficio-presidente");

        await page.GetByRole(AriaRole.Link, new() { Name = "Registra una candidatura" }).ClickAsync();
        await page.GetByLabel("Nome e cognome", new() { Exact = true }).WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "ufficio-presidente-candidatura");
        var rows = await page.Locator("#tabella-sottoscrizioni tbody tr").CountAsync();
        await page.GetByLabel("Nome e cognome", new() { Exact = true }).FillAsync("Pierangelo Olivieri");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aggiungi 5 righe di sottoscrizioni" }).ClickAsync();
        await page.Locator($"#tabella-sottoscrizioni tbody tr:nth-child({rows + 5})").WaitForAsync();
        Assert.Equal("Pierangelo Olivieri", await page.GetByLabel("Nome e cognome", new() { Exact = true }).InputValueAsync());

        await page.GetByLabel("Sesso", new() { Exact = true }).SelectOptionAsync("M");
        await page.GetByLabel("Data di nascita", new() { Exact = true }).FillAsync("1960-05-03");
        await page.GetByLabel("Comune di cui è sindaco", new() { Exact = true }).FillAsync("Savona");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra la candidatura" }).ClickAsync();

        // The end of the mandate is missing: the message is beside the field, and axe passes on the errors too.
        var error = page.Locator("#Modulo_Candidato_FineMandato-errore");
        await error.WaitForAsync();
        Assert.Equal("Indicare il giorno in cui scade il mandato di sindaco.", await error.InnerTextAsync());
        await BrowserTests.CheckPageAsync(page, "ufficio-presidente-candidatura-errori");
        await page.GetByLabel("Scadenza del mandato di sindaco", new() { Exact = true }).FillAsync("2026-10-20");
        await page.GetByLabel("Nome e cognome del sottoscrittore 1", new() { Exact = true }).FillAsync("Marco Russo");
        await page.GetByLabel("Data di nascita del sottoscrittore 1", new() { Exact = true }).FillAsync("1970-02-02");
        await page.GetByLabel("Comune del sottoscrittore 1", new() { Exact = true }).FillAsync("Savona");
        await page.GetByLabel("Giorno dell'autenticazione della sottoscrizione 1", new() { Exact = true }).FillAsync("2024-06-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra la candidatura" }).ClickAsync();
        await page.GetByText("Candidatura a presidente di Pierangelo Olivieri (Savona) registrata").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Registra lo scrutinio" }).ClickAsync();
        await page.GetByLabel("Fascia demografica").WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "ufficio-presidente-scrutinio");

        Assert.Equal(1, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM sg_candidatura_presidente c JOIN sg_ufficio u ON u.id = c.ufficio_id WHERE u.tornata_id = {tornata} AND c.nome = 'Pierangelo Olivieri'"));
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    private static Instant Rome(LocalDate day) => Scadenzario.Calendars.Time.RomeTime.ToInstant(day.At(new LocalTime(10, 0)));
}
