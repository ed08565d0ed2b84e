using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// The event form and the API's events endpoint take only plausible days (issue 10, item 7): no
/// day is assumed, a day outside the event's window is an Italian field error (422 in the API)
/// and writes nothing, a correction keeps the previous day in the history. Today is Friday 10
/// May 2024, the vote Sunday 9 June 2024; Savona and Genova vote the comunali (each test its own ente or event).
/// </summary>
public sealed class EventiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Page = "/enti/009056/eventi";

    [Fact]
    public async Task Form_HasNoDayPreset()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);

        var html = await client.GetStringAsync(Page);

        var input = System.Text.RegularExpressions.Regex.Match(html, "<input type=\"date\"[^>]*id=\"Giorno\"[^>]*>").Value;
        Assert.NotEmpty(input);
        Assert.DoesNotContain("value=", input, StringComparison.Ordinal);
        Assert.Contains("required", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutADay_IsAFieldErrorAndWritesNothing()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var before = await Counts();

        var response = await WebAppFixture.PostFormAsync(client, Page, Page, Form("liste-ammesse", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("<span id=\"errore-giorno\" class=\"text-danger field-validation-error\"[^>]*data-valmsg-for=\"Giorno\"[^>]*>Indicare il giorno dell'evento.</span>", html);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Post_ChiusuraScrutinioBeforeTheVote_IsAFieldErrorNamingTheDaysAndWritesNothing()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var before = await Counts();

        var response = await WebAppFixture.PostFormAsync(client, Page, Page, Form("chiusura-scrutinio", "2024-04-09"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(
            "Chiusura delle operazioni di scrutinio: martedì 9 aprile 2024 è precedente alla votazione (che si tiene domenica 9 giugno 2024), ma questo evento ne segue la chiusura; " +
            "indicare un giorno da domenica 9 giugno 2024 a giovedì 13 giugno 2024.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-06-09", html, StringComparison.Ordinal);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Correction_ThroughTheForm_NeedsAReason_MovesTheActsAndShowsTheHistory()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, Page, Page, Form("liste-ammesse", "2024-05-08"))).StatusCode);
        var moves = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move");

        var again = await WebAppFixture.PostFormAsync(client, Page, Page, Form("liste-ammesse", "2024-05-07"));
        var noReason = await WebAppFixture.PostFormAsync(client, Page, Page, Form("liste-ammesse", "2024-05-07", correct: true));
        var refusal = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.Contains("è già registrato per l'ente 009056 con il giorno mercoledì 8 maggio 2024", refusal, StringComparison.Ordinal);
        // The page's way to correct it, not the command line's.
        Assert.Contains("per cambiarlo usare «Correggi» nella pagina degli eventi", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("--correggi", refusal, StringComparison.Ordinal);
        Assert.Contains("Indicare il motivo della correzione", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(moves, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move"));

        var corrected = await WebAppFixture.PostFormAsync(client, Page, Page, Form("liste-ammesse", "2024-05-07", correct: true, reason: "protocollo letto male"));

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.True(await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move") > moves);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page));
        Assert.Contains("Storico delle registrazioni e delle correzioni", html, StringComparison.Ordinal);
        Assert.Contains("da mercoledì 8 maggio 2024 a martedì 7 maggio 2024", html, StringComparison.Ordinal);
        Assert.Contains("protocollo letto male", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithoutADay_Is422AndWritesNothing()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var before = await Counts();

        var response = await client.PostAsJsonAsync("/api/enti/009056/eventi", new { tornata = app.TornataId, evento = "liste-ammesse" });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Indicare il giorno dell'evento", await Detail(response), StringComparison.Ordinal);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Api_ListeAmmesseAfterTheVote_Is422NamingTheDays()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var before = await Counts();

        var response = await client.PostAsJsonAsync("/api/enti/009056/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-04-01" });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.EndsWith("indicare un giorno da giovedì 2 maggio 2024 a lunedì 20 maggio 2024.", await Detail(response), StringComparison.Ordinal);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Api_Correction_NeedsAMotivo_ThenKeepsThePreviousDayInTheHistory()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/enti/010025/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-06" })).StatusCode);
        var before = await Counts();

        var noReason = await client.PostAsJsonAsync("/api/enti/010025/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-05", correggi = true });
        Assert.Equal((HttpStatusCode)422, noReason.StatusCode);
        Assert.Equal(before, await Counts());

        var corrected = await client.PostAsJsonAsync("/api/enti/010025/eventi",
            new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-05", correggi = true, motivo = "verbale della commissione" });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("2024-05-06>2024-05-05:verbale della commissione", await app.Database.ScalarAsync<string>(
            "SELECT from_day || '>' || to_day || ':' || reason FROM ente_event_audit WHERE ente_code = '010025' AND from_day IS NOT NULL ORDER BY id DESC LIMIT 1"));
    }

    private Dictionary<string, string> Form(string eventId, string day, bool correct = false, string? reason = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Tornata"] = app.TornataId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Evento"] = eventId, ["Giorno"] = day,
        };
        if (correct)
        {
            form["Correggi"] = "true";
        }

        if (reason is not null)
        {
            form["Motivo"] = reason;
        }

        return form;
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    private async Task<string> Counts() =>
        $"{await app.Database.ScalarAsync<long>("SELECT count(*) FROM ente_event")}/{await app.Database.ScalarAsync<long>("SELECT count(*) FROM ente_event_audit")}/" +
        $"{await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move")}/{await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_storia")}";
}
