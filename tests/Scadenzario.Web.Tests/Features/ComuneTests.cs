using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The comune's pages: its day, the calendar, completing and reopening an act, recording an event, the printable cronoprogramma.</summary>
public sealed class ComuneTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Oggi_Genova_ShowsOverdueTodayAndNextDaysWithCounts()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var html = await client.GetStringAsync("/enti/010025/oggi");

        // Only the comune's own deadlines are overdue: before issue 10 every open act past its
        // instant was counted, those of candidates, electors and the State too.
        var overdue = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista WHERE ente_code = '010025' AND status = 'da_fare' AND due_at <= '2024-05-10 08:00Z' AND owner = 'comune' AND kind IN ('scadenza', 'periodo')");
        var everyOpenPast = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista WHERE ente_code = '010025' AND status = 'da_fare' AND due_at <= '2024-05-10 08:00Z'");
        Assert.InRange(overdue, 1, everyOpenPast - 1);
        Assert.Contains($"id=\"conteggio-scaduti\">{overdue}<", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
        Assert.Contains("Vai al contenuto principale", html, StringComparison.Ordinal);
        Assert.Contains("venerdì 10 maggio 2024", html, StringComparison.Ordinal);
        Assert.Contains("Nei prossimi 7 giorni", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_WithProtocolNumber_IsRecordedAndReopenKeepsHistory()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var done = await WebAppFixture.PostFormAsync(client, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = "PG/2024/123", ["Nota"] = "affisso all'albo" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await client.GetStringAsync($"/adempimenti/{task}");
        Assert.Contains("Adempimento completato.", page, StringComparison.Ordinal);
        Assert.Contains("protocollo PG/2024/123", page, StringComparison.Ordinal);
        Assert.Equal("op.genova", await app.Database.ScalarAsync<string>($"SELECT completed_by FROM adempimento_vista WHERE id = {task}"));

        var reopened = await WebAppFixture.PostFormAsync(client, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Riapri", new() { ["Motivo"] = "protocollo errato" });
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var history = await client.GetStringAsync($"/adempimenti/{task}");
        Assert.Contains("Riaperto", history, StringComparison.Ordinal);
        Assert.Contains("motivo: protocollo errato", history, StringComparison.Ordinal);
        Assert.Equal("da_fare", await app.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {task}"));
    }

    [Fact]
    public async Task Complete_WithoutProtocolOrNote_ShowsItalianError()
    {
        var client = await app.LoginAsync(Users.SegretarioGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var response = await WebAppFixture.PostFormAsync(client, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("indicare il numero di protocollo o una nota", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var response = await client.PostAsync($"/adempimenti/{task}?handler=Completa", new FormUrlEncodedContent(new Dictionary<string, string> { ["Protocollo"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("da_fare", await app.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {task}"));
    }

    [Fact]
    public async Task Calendario_Genova_ListsDaysWithLegalBases()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var html = await client.GetStringAsync("/enti/010025/calendario");

        Assert.Contains("Domenica 9 giugno 2024", html, StringComparison.Ordinal);
        var basis = await app.Database.ScalarAsync<string>("SELECT legal_basis FROM adempimento_vista WHERE ente_code = '010025' ORDER BY id LIMIT 1");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(basis!), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eventi_ListeAmmesse_DatesTheWaitingActs()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var waiting = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista WHERE ente_code = '010025' AND waiting_for = 'event:liste-ammesse' AND due_date IS NULL");
        Assert.True(waiting > 0);

        var response = await WebAppFixture.PostFormAsync(client, "/enti/010025/eventi", "/enti/010025/eventi",
            new() { ["Tornata"] = app.TornataId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-10" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Evento registrato", await client.GetStringAsync("/enti/010025/eventi"), StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista WHERE ente_code = '010025' AND waiting_for = 'event:liste-ammesse' AND due_date IS NULL"));
    }

    [Fact]
    public async Task Stampa_Genova_IsAnA4PageWithComuneTornataAndLegalBases()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var html = await client.GetStringAsync("/enti/010025/stampa");
        var css = await client.GetStringAsync("/css/site.css");

        Assert.Contains("Comune di Genova", html, StringComparison.Ordinal);
        Assert.Contains("Europee e comunali 2024", html, StringComparison.Ordinal);
        Assert.Contains("Base giuridica", html, StringComparison.Ordinal);
        Assert.Contains("art.", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("size: A4", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }
}
