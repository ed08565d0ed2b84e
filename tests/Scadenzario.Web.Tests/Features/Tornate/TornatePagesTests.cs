using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Scadenzario.Data.Tornate;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Tornate;

/// <summary>
/// The amministratore's tornata pages over the real app: the refusals show at once next to their
/// field and write nothing, a move writes nothing until it is confirmed on its own preview, and a
/// tornata-wide event correction keeps the previous day. Today is Friday 10 May 2024.
/// </summary>
public sealed class TornatePagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Nuova = "/amministrazione/tornate/nuova";

    [Fact]
    public async Task Create_SaturdayAlone_RefusedNextToTheDayAndWritesNothing()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var before = await TornateAsync();

        var html = await PostAsync(admin, Nuova, Nuova, new() { ["Nome"] = "Sabato da solo", ["PrimoGiorno"] = "2024-06-08" });

        Assert.Contains("<div id=\"PrimoGiorno-errore\" class=\"invalid-feedback d-block\">Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, " +
            "non sabato 8 giugno 2024: indicare ad esempio domenica 12 maggio 2024.</div>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"giorni-aiuto PrimoGiorno-errore\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        NoIsoDateShown(html, "2024-06-08");
        Assert.Equal(before, await TornateAsync());
    }

    [Fact]
    public async Task Create_DayInThePast_RefusedNextToTheDayAndWritesNothing()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var before = await TornateAsync();

        var html = await PostAsync(admin, Nuova, Nuova, new() { ["Nome"] = "Nel passato", ["PrimoGiorno"] = "2024-05-05" });

        Assert.Contains("<div id=\"PrimoGiorno-errore\" class=\"invalid-feedback d-block\">I giorni della votazione (domenica 5 maggio 2024) sono già passati: " +
            "indicare una data futura, ad esempio domenica 12 maggio 2024.</div>", html, StringComparison.Ordinal);
        NoIsoDateShown(html, "2024-05-05");
        Assert.Equal(before, await TornateAsync());
    }

    [Fact]
    public async Task Create_WithoutNameAndAParameterOutsideItsWindow_EachErrorNextToItsField()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var before = await TornateAsync();

        var html = await PostAsync(admin, Nuova, Nuova, new()
        {
            ["Nome"] = " ",
            ["PrimoGiorno"] = "2024-06-23",
            ["Parametri[inizio-scrutinio-comunali]"] = "2024-06-30T14:00",
        });

        Assert.Contains("<div id=\"Nome-errore\" class=\"invalid-feedback d-block\">Indicare il nome della tornata.</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"parametro-inizio-scrutinio-comunali-errore\" class=\"invalid-feedback d-block\">Il 30/06/2024 è fuori dai giorni ammessi; " +
            "indicare un giorno dal 23/06/2024 al 26/06/2024.</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("PrimoGiorno-errore", html, StringComparison.Ordinal);
        Assert.Equal(before, await TornateAsync());
    }

    [Fact]
    public async Task Create_SundayWithClosingHour_OpensTheTornataPageWithItsParameters()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);

        var response = await WebAppFixture.PostFormAsync(admin, Nuova, Nuova, new()
        {
            ["Nome"] = "Comunali di giugno",
            ["PrimoGiorno"] = "2024-06-23",
            ["SecondoGiorno"] = "2024-06-24",
            ["Parametri[chiusura-votazione]"] = "15:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await app.Database.ScalarAsync<long>("SELECT id FROM tornata WHERE name = 'Comunali di giugno'");
        Assert.Equal($"/amministrazione/tornate/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("{\"chiusura-votazione\": \"15:00\"}", await app.Database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}"));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/amministrazione/tornate/{id}"));
        Assert.Contains("Tornata «Comunali di giugno» creata: domenica 23 giugno 2024 e lunedì 24 giugno 2024.", page, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-8\" id=\"giorni\">domenica 23 giugno 2024 e lunedì 24 giugno 2024</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Ora di chiusura della votazione (ultimo giorno di votazione)</th><td>ore 15:00</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"nessuna-consultazione\"", page, StringComparison.Ordinal);
        NoIsoDateShown(page, "2024-06-23");
    }

    [Fact]
    public async Task AddConsultation_UploadedFileInTheCliFormat_AddsThoseEnti()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await NewTornataAsync("Europee da file");
        var page = $"/amministrazione/tornate/{id}/consultazione";

        var response = await PostFileAsync(admin, page, new() { ["Consultazione"] = "europee", ["Selezione"] = "file" }, "enti.txt",
            $"# comuni della prova\n{WebAppFixture.Arenzano}  # Arenzano\n\n{WebAppFixture.Savona}\n{WebAppFixture.Arenzano}\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{WebAppFixture.Savona},{WebAppFixture.Arenzano}",
            await app.Database.ScalarAsync<string>($"SELECT string_agg(ente_code, ',' ORDER BY ente_code) FROM tornata_ente WHERE tornata_id = {id} AND 'europee' = ANY (consultations)"));
        Assert.True(await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_vista WHERE tornata_id = {id} AND ente_code = '{WebAppFixture.Arenzano}'") > 0);
    }

    [Fact]
    public async Task AddConsultation_FileWithAnUnknownCode_RefusedNextToTheEntiAndWritesNothing()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await NewTornataAsync("Europee con un codice sbagliato");
        var page = $"/amministrazione/tornate/{id}/consultazione";

        var response = await PostFileAsync(admin, page, new() { ["Consultazione"] = "europee", ["Selezione"] = "file" }, "enti.txt", $"{WebAppFixture.Arenzano}\n999999\n");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div id=\"Selezione-errore\" class=\"invalid-feedback d-block\">Enti sconosciuti o non ammessi per questa consultazione: 999999.</div>", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM tornata_ente WHERE tornata_id = {id}"));
    }

    [Fact]
    public async Task AddConsultation_SearchByName_ListsTheComuneThenAddsTheOneTicked()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await NewTornataAsync("Comunali cercate per nome");
        var page = $"/amministrazione/tornate/{id}/consultazione";

        var found = await PostAsync(admin, page, page + "?handler=Cerca", new() { ["Consultazione"] = "comunali", ["Ricerca"] = "arenz" });
        Assert.Contains($"<input class=\"form-check-input\" type=\"checkbox\" name=\"Enti\" id=\"ente-{WebAppFixture.Arenzano}\" value=\"{WebAppFixture.Arenzano}\">", found, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM tornata_ente WHERE tornata_id = {id}"));

        var added = await WebAppFixture.PostFormAsync(admin, page, page, new() { ["Consultazione"] = "comunali", ["Selezione"] = "ricerca", ["Ricerca"] = "arenz", ["Enti"] = WebAppFixture.Arenzano });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("{comunali}", await app.Database.ScalarAsync<string>($"SELECT consultations::text FROM tornata_ente WHERE tornata_id = {id} AND ente_code = '{WebAppFixture.Arenzano}'"));
    }

    [Fact]
    public async Task Move_PreviewAndUnconfirmedOrChangedConfirmation_ChangeNothing_ThenTheConfirmedMoveMovesTheActs()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await NewTornataAsync("Comunali da rinviare");
        await new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock)
            .AddConsultationAsync(id, "comunali", new EntiSelection("file", "test", [WebAppFixture.Arenzano]), "test");
        var page = $"/amministrazione/tornate/{id}/rinvio";
        var dueBefore = await DueDatesAsync(id);
        var form = new Dictionary<string, string> { ["PrimoGiorno"] = "2024-06-30", ["Motivo"] = "decreto prefettizio n. 7" };

        var preview = await PostAsync(admin, page, page + "?handler=Anteprima", new(form));

        Assert.True(preview.Contains("Che cosa si sposta con il rinvio a domenica 30 giugno 2024", StringComparison.Ordinal), preview[preview.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Matches(@"In 1 enti: \d+ adempimenti da aggiungere,\s+[1-9][0-9]* da spostare", preview);
        Assert.Contains($"<section class=\"mb-4\" data-ente=\"{WebAppFixture.Arenzano}\">", preview, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Anteprima\" value=\"2024-06-30|\">", preview, StringComparison.Ordinal);
        NoIsoDateShown(preview.Replace("value=\"2024-06-30", "", StringComparison.Ordinal), "2024-06-30");
        await NothingMovedAsync(id, dueBefore);

        // A confirmation whose days are not the preview's moves nothing.
        var changed = await PostAsync(admin, page, page + "?handler=Conferma", new(form) { ["PrimoGiorno"] = "2024-07-07", ["Anteprima"] = "2024-06-30|" });
        Assert.Contains("<div id=\"PrimoGiorno-errore\" class=\"invalid-feedback d-block\">I giorni sono cambiati dopo l'anteprima", changed, StringComparison.Ordinal);
        await NothingMovedAsync(id, dueBefore);

        var confirmed = await WebAppFixture.PostFormAsync(admin, page, page + "?handler=Conferma", new(form) { ["Anteprima"] = "2024-06-30|" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("{2024-06-30}", await app.Database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {id}"));
        Assert.True(await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.tornata_id = {id} AND m.reason = 'rinvio: decreto prefettizio n. 7'") > 0);
    }

    [Fact]
    public async Task Move_SaturdayAloneOrPast_RefusedNextToTheDayAndWritesNothing()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var page = $"/amministrazione/tornate/{app.TornataId}/rinvio";
        var dueBefore = await DueDatesAsync(app.TornataId);

        var saturday = await PostAsync(admin, page, page + "?handler=Anteprima", new() { ["PrimoGiorno"] = "2024-06-15", ["Motivo"] = "prova" });
        var past = await PostAsync(admin, page, page + "?handler=Conferma", new() { ["PrimoGiorno"] = "2024-05-05", ["Motivo"] = "prova", ["Anteprima"] = "2024-05-05|" });
        var noReason = await PostAsync(admin, page, page + "?handler=Anteprima", new() { ["PrimoGiorno"] = "2024-06-16" });

        Assert.Contains("<div id=\"PrimoGiorno-errore\" class=\"invalid-feedback d-block\">Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, non sabato 15 giugno 2024", saturday, StringComparison.Ordinal);
        Assert.Contains("<div id=\"PrimoGiorno-errore\" class=\"invalid-feedback d-block\">I nuovi giorni della votazione (domenica 5 maggio 2024) sono già passati", past, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Motivo-errore\" class=\"invalid-feedback d-block\">Indicare il motivo del rinvio", noReason, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"anteprima\"", saturday + past + noReason, StringComparison.Ordinal);
        await NothingMovedAsync(app.TornataId, dueBefore);
    }

    [Fact]
    public async Task TornataEvents_RecordThenCorrect_KeepsThePreviousDayInTheHistory()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var page = $"/amministrazione/tornate/{app.TornataId}/eventi";

        var recorded = await WebAppFixture.PostFormAsync(admin, page, page, new() { ["Ente"] = "Genova", ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-08" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var withoutCorrection = await PostAsync(admin, page, page, new() { ["Ente"] = WebAppFixture.Genova, ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-09" });
        Assert.Contains("<div id=\"Correggi-errore\" class=\"invalid-feedback d-block\">«Ricevimento della comunicazione delle liste e candidature ammesse» è già registrato per Genova " +
            "con il giorno mercoledì 8 maggio 2024: per cambiarlo spuntare la correzione e indicarne il motivo.</div>", withoutCorrection, StringComparison.Ordinal);
        var noReason = await PostAsync(admin, page, page, new() { ["Ente"] = WebAppFixture.Genova, ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-09", ["Correggi"] = "true" });
        Assert.Contains("<div id=\"Motivo-errore\" class=\"invalid-feedback d-block\">Indicare il motivo della correzione", noReason, StringComparison.Ordinal);
        Assert.Equal("2024-05-08", await app.Database.ScalarAsync<string>($"SELECT day::text FROM ente_event WHERE tornata_id = {app.TornataId} AND ente_code = '{WebAppFixture.Genova}'"));

        var corrected = await WebAppFixture.PostFormAsync(admin, page, page,
            new() { ["Ente"] = WebAppFixture.Genova, ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-09", ["Correggi"] = "true", ["Motivo"] = "verbale n. 12" });

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("<td>da mercoledì 8 maggio 2024 a giovedì 9 maggio 2024</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>verbale n. 12</td>", html, StringComparison.Ordinal);
        NoIsoDateShown(html, "2024-05-0");
    }

    [Fact]
    public async Task TornataEvents_ComuneNotInTheTornata_RefusedNextToTheEnte()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var page = $"/amministrazione/tornate/{app.TornataId}/eventi";
        var id = await NewTornataAsync("Senza enti");

        var html = await PostAsync(admin, $"/amministrazione/tornate/{id}/eventi", $"/amministrazione/tornate/{id}/eventi", new() { ["Ente"] = "Genova", ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-08" });
        var unknown = await PostAsync(admin, page, page, new() { ["Ente"] = "Topolinia", ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-08" });

        Assert.Contains("<div id=\"Ente-errore\" class=\"invalid-feedback d-block\">«Genova» non partecipa a questa tornata: aggiungere prima la consultazione per l'ente.</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"Ente-errore\" class=\"invalid-feedback d-block\">Nessun ente si chiama «Topolinia»", unknown, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM ente_event WHERE tornata_id = {id}"));
    }

    [Fact]
    public async Task Prefettura_ConvenesTheComunaliOfItsComune_ButNotAComuneOfAnotherProvince()
    {
        var prefettura = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var id = await NewTornataAsync("Comunali convocate dalla prefettura");
        var page = $"/prefettura/GE/tornate/{id}/comunali";

        var list = WebUtility.HtmlDecode(await prefettura.GetStringAsync("/prefettura/GE/tornate"));
        Assert.Contains($"href=\"{page}\"", list, StringComparison.Ordinal);

        var foreign = await PostFileAsync(prefettura, page, new() { ["Selezione"] = "file" }, "comuni.txt", $"{WebAppFixture.Arenzano}\n{WebAppFixture.Savona}\n");
        var refused = WebUtility.HtmlDecode(await foreign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Contains("<div id=\"Elenco-errore\" class=\"invalid-feedback d-block\">Non sono comuni della provincia di Genova: Savona (SV).", refused, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM tornata_ente WHERE tornata_id = {id}"));

        var added = await PostFileAsync(prefettura, page, new() { ["Selezione"] = "file" }, "comuni.txt", $"{WebAppFixture.Arenzano}\n");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{WebAppFixture.Arenzano}:{{comunali}}", await app.Database.ScalarAsync<string>($"SELECT string_agg(ente_code || ':' || consultations::text, ',') FROM tornata_ente WHERE tornata_id = {id}"));
        Assert.Equal(Users.PrefetturaGenova.Name, await app.Database.ScalarAsync<string>($"SELECT DISTINCT au.actor FROM adempimento_storia au JOIN adempimento_vista a ON a.id = au.adempimento_id WHERE a.tornata_id = {id}"));
    }

    private async Task<long> NewTornataAsync(string name) =>
        await new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock).CreateAsync(name, [new NodaTime.LocalDate(2024, 6, 23)]);

    private Task<long> TornateAsync() => app.Database.ScalarAsync<long>("SELECT count(*) FROM tornata");

    private Task<string?> DueDatesAsync(long id) =>
        app.Database.ScalarAsync<string>($"SELECT string_agg(id || ':' || coalesce(due_date::text, '-'), ',' ORDER BY id) FROM adempimento_vista WHERE tornata_id = {id}");

    private async Task NothingMovedAsync(long id, string? dueBefore)
    {
        Assert.Equal(dueBefore, await DueDatesAsync(id));
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.tornata_id = {id}"));
    }

    private static async Task<string> PostAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var response = await WebAppFixture.PostFormAsync(client, formPage, action, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string page, Dictionary<string, string> fields, string fileName, string content)
    {
        var form = new MultipartFormDataContent();
        fields["__RequestVerificationToken"] = WebAppFixture.AntiforgeryToken(await client.GetStringAsync(page));
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Elenco", fileName);
        return await client.PostAsync(page, form);
    }

    // A date typed in the form comes back in its field's value; anywhere else an ISO date is a bug.
    private static void NoIsoDateShown(string html, string iso)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        var outsideValues = System.Text.RegularExpressions.Regex.Replace(main, "(value|name)=\"[^\"]*\"", "");
        Assert.DoesNotContain(iso, outsideValues, StringComparison.Ordinal);
        _ = CultureInfo.InvariantCulture;
    }
}
