using Microsoft.Playwright;
using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// The ufficio elettorale of the Città metropolitana di Genova enters an attestation and a list through the
/// forms in Chromium, without writing a file: a wrong field shows its message beside it, "Aggiungi righe"
/// keeps what was typed, and each new page passes axe.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class UfficioModuliBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly LocalDate Voto = new(2024, 7, 14);

    [Fact]
    public async Task Ufficio_EntersAttestationAndList_ByForms_WithoutSeriousAccessibilityViolations()
    {
        app.Clock.Reset(Rome(Voto.PlusDays(-59)));
        var tornate = new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock);
        var tornata = await tornate.CreateAsync("Metropolitane Genova 2024", [Voto]);
        await tornate.AddConsultationAsync(tornata, "metropolitane", EntiSelection.Parse("province:GE"), "test");
        app.Clock.Reset(Rome(Voto.PlusDays(-33)));

        var page = await app.SignedInPageAsync(Users.UfficioGenova.Name);
        await page.GotoAsync($"/ufficio/GE/tornate/{tornata}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apri l'ufficio elettorale" }).ClickAsync();
        await page.GetByText("Ufficio elettorale aperto").WaitForAsync();

        // The attestation of Arenzano, from the link on its row.
        await page.GetByRole(AriaRole.Link, new() { Name = "registra l'attestazione del comune di Arenzano" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Attestazione del comune di Arenzano" }).WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "ufficio-attestazione");
        await page.GetByLabel("Nome e cognome del sindaco").FillAsync("Marco Camogli");
        await page.GetByLabel("Sesso del sindaco").SelectOptionAsync("M");
        await page.GetByLabel("Data di nascita del sindaco").FillAsync("1969-04-02");
        await page.GetByLabel("Nome e cognome del consigliere 1", new() { Exact = true }).FillAsync("Laura Pesce");
        await page.GetByLabel("Sesso del consigliere 1", new() { Exact = true }).SelectOptionAsync("F");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'attestazione" }).ClickAsync();

        // The councillor's birth date is missing: the message is beside the field, and axe passes on the errors too.
        var error = page.Locator("#Modulo_Consiglieri_0__DataNascita-errore");
        await error.WaitForAsync();
        Assert.Equal("Indicare la data di nascita.", await error.InnerTextAsync());
        Assert.Equal("Laura Pesce", await page.GetByLabel("Nome e cognome del consigliere 1", new() { Exact = true }).InputValueAsync());
        await BrowserTests.CheckPageAsync(page, "ufficio-attestazione-errori");
        await page.GetByLabel("Data di nascita del consigliere 1", new() { Exact = true }).FillAsync("1981-10-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'attestazione" }).ClickAsync();
        await page.GetByText("Attestazione del comune di Arenzano registrata: 2 aventi diritto").WaitForAsync();
        Assert.Contains("ricevuta martedì 11 giugno 2024, ore 10:00", await page.Locator("#comune-010001").InnerTextAsync(), StringComparison.Ordinal);

        // A list with its candidate and a signature, after asking for more signature rows.
        await page.GetByRole(AriaRole.Link, new() { Name = "Liste", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra una lista" }).ClickAsync();
        await page.GetByLabel("Nome (contrassegno) della lista", new() { Exact = true }).WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "ufficio-nuova-lista");
        var rows = await page.Locator("#tabella-sottoscrizioni tbody tr").CountAsync();
        await page.GetByLabel("Nome (contrassegno) della lista", new() { Exact = true }).FillAsync("Riviera Unita");
        await page.GetByLabel("Nome e cognome del candidato 1", new() { Exact = true }).FillAsync("Laura Pesce");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aggiungi 5 righe di sottoscrizioni" }).ClickAsync();
        await page.Locator($"#tabella-sottoscrizioni tbody tr:nth-child({rows + 5})").WaitForAsync();
        Assert.Equal("Laura Pesce", await page.GetByLabel("Nome e cognome del candidato 1", new() { Exact = true }).InputValueAsync());

        await page.GetByLabel("Sesso del candidato 1", new() { Exact = true }).SelectOptionAsync("F");
        await page.GetByLabel("Data di nascita del candidato 1", new() { Exact = true }).FillAsync("1981-10-20");
        await page.GetByLabel("Comune del candidato 1", new() { Exact = true }).FillAsync("Arenzano");
        await page.GetByLabel("Nome e cognome del sottoscrittore 1", new() { Exact = true }).FillAsync("Marco Camogli");
        await page.GetByLabel("Data di nascita del sottoscrittore 1", new() { Exact = true }).FillAsync("1969-04-02");
        await page.GetByLabel("Comune del sottoscrittore 1", new() { Exact = true }).FillAsync("Arenzano");
        await page.GetByLabel("Giorno dell'autenticazione della sottoscrizione 1", new() { Exact = true }).FillAsync("2024-06-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra la lista" }).ClickAsync();
        await page.GetByText("Lista «Riviera Unita» registrata").WaitForAsync();

        Assert.Equal("Laura Pesce", await app.Database.ScalarAsync<string>(
            $"SELECT c.nome FROM sg_candidato c JOIN sg_lista l ON l.id = c.lista_id JOIN sg_ufficio u ON u.id = l.ufficio_id WHERE u.tornata_id = {tornata} AND l.nome = 'Riviera Unita'"));
        Assert.Equal(1, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM sg_sottoscrizione s JOIN sg_lista l ON l.id = s.lista_id JOIN sg_ufficio u ON u.id = l.ufficio_id WHERE u.tornata_id = {tornata} AND s.amministratore_id IS NOT NULL"));
        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    private static Instant Rome(LocalDate day) => Scadenzario.Calendars.Time.RomeTime.ToInstant(day.At(new LocalTime(10, 0)));
}
