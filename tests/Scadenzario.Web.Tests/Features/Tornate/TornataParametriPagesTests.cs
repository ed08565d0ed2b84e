using System.Net;
using NodaTime;
using Scadenzario.Data.Tornate;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Tornate;

/// <summary>
/// The decree's parameters changed from the web: the preview shows what moves and writes nothing,
/// the confirmation applies exactly the values previewed, a value outside its window is refused next
/// to its field, and a refusal of the move page speaks of the web, not of the command line.
/// Today is Friday 10 May 2024; the tornata votes on Sunday 23 June 2024, comunali in Arenzano.
/// </summary>
public sealed class TornataParametriPagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Scrutinio = "Parametri[inizio-scrutinio-comunali]";

    [Fact]
    public async Task Preview_ShowsWhatMovesAndWritesNothing_ThenTheConfirmationAppliesIt()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await ComunaliAsync("Comunali con lo scrutinio di lunedì");
        var page = $"/amministrazione/tornate/{id}/parametri";
        var dueBefore = await DueDatesAsync(id);
        Assert.Contains($"href=\"{page}\"", await admin.GetStringAsync($"/amministrazione/tornate/{id}"), StringComparison.Ordinal);

        var preview = await PostAsync(admin, page, page + "?handler=Anteprima", new() { [Scrutinio] = "2024-06-24T14:00" });

        Assert.Contains("<h2 class=\"h3\" id=\"titolo-anteprima\">Che cosa cambia con i nuovi parametri</h2>", preview, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Inizio dello scrutinio delle elezioni comunali</th><td>lunedì 24 giugno 2024, ore 14:00</td></tr>", preview, StringComparison.Ordinal);
        Assert.Contains("<tr data-regola=\"comunali.scrutinio\" data-modifica=\"moved\">", preview, StringComparison.Ordinal);
        Assert.Contains($"<section class=\"mb-4\" data-ente=\"{WebAppFixture.Arenzano}\">", preview, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Anteprima[inizio-scrutinio-comunali]\" value=\"2024-06-24T14:00\">", preview, StringComparison.Ordinal);
        NoIsoDateShown(preview, "2024-06-2");
        Assert.Equal("{}", await ParametersAsync(id));
        await NothingMovedAsync(id, dueBefore);

        var confirmed = await WebAppFixture.PostFormAsync(admin, page, page + "?handler=Conferma", new()
        {
            [Scrutinio] = "2024-06-24T14:00", ["Anteprima[inizio-scrutinio-comunali]"] = "2024-06-24T14:00", ["Versione"] = "parametri:",
        });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/amministrazione/tornate/{id}", confirmed.Headers.Location!.OriginalString);
        Assert.Equal("{\"inizio-scrutinio-comunali\": \"2024-06-24T14:00\"}", await ParametersAsync(id));
        Assert.True(await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.tornata_id = {id} AND a.rule_id = 'comunali.scrutinio'") == 1);
        var tornata = WebUtility.HtmlDecode(await admin.GetStringAsync($"/amministrazione/tornate/{id}"));
        Assert.Matches(@"Parametri del decreto aggiornati: [1-9][0-9]* scadenze spostate in 1 enti\.", tornata);
        Assert.Contains("<td>lunedì 24 giugno 2024, ore 14:00</td>", tornata, StringComparison.Ordinal);
        // The reason each moved act keeps in its history is read by offices: words, not ids and ISO instants.
        var reason = await app.Database.ScalarAsync<string>(
            $"SELECT m.reason FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.tornata_id = {id} AND a.rule_id = 'comunali.scrutinio'");
        Assert.Matches(@"^parametri del decreto: .+: lunedì 24 giugno 2024, ore 14:00$", reason);
        Assert.DoesNotContain("2024-06-24T14:00", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueOutsideItsWindow_RefusedNextToItsFieldOnPreviewAndConfirmation_AndWritesNothing()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await ComunaliAsync("Comunali con lo scrutinio fuori dai giorni");
        var page = $"/amministrazione/tornate/{id}/parametri";
        var dueBefore = await DueDatesAsync(id);
        var outside = new Dictionary<string, string> { [Scrutinio] = "2024-06-30T14:00", ["Parametri[chiusura-votazione]"] = "22:00" };

        var preview = await PostAsync(admin, page, page + "?handler=Anteprima", new(outside));
        var confirm = await PostAsync(admin, page, page + "?handler=Conferma", new(outside)
        {
            ["Anteprima[inizio-scrutinio-comunali]"] = "2024-06-30T14:00", ["Anteprima[chiusura-votazione]"] = "22:00", ["Versione"] = "parametri:",
        });

        foreach (var html in new[] { preview, confirm })
        {
            Assert.Contains("<div id=\"parametro-inizio-scrutinio-comunali-errore\" class=\"invalid-feedback d-block\">Il 30/06/2024 è fuori dai giorni ammessi; " +
                "indicare un giorno dal 23/06/2024 al 26/06/2024.</div>", html, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"parametri-aiuto parametro-inizio-scrutinio-comunali-errore\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("parametro-chiusura-votazione-errore", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"anteprima\"", html, StringComparison.Ordinal);
        }

        Assert.Equal("{}", await ParametersAsync(id));
        await NothingMovedAsync(id, dueBefore);
    }

    [Fact]
    public async Task StaleConfirmation_AValueChangedAfterThePreviewOrTheTornataChangedMeanwhile_Refused()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await ComunaliAsync("Comunali con la chiusura cambiata");
        var page = $"/amministrazione/tornate/{id}/parametri";
        var dueBefore = await DueDatesAsync(id);
        var previewed = new Dictionary<string, string> { ["Anteprima[chiusura-votazione]"] = "22:00", ["Versione"] = "parametri:" };

        var changedValue = await PostAsync(admin, page, page + "?handler=Conferma", new(previewed) { ["Parametri[chiusura-votazione]"] = "21:00" });
        var withoutPreview = await PostAsync(admin, page, page + "?handler=Conferma", new() { ["Parametri[chiusura-votazione]"] = "22:00" });
        // A browser sends every field, the empty ones too.
        var nothingChanged = await PostAsync(admin, page, page + "?handler=Anteprima", new() { ["Parametri[chiusura-votazione]"] = "", [Scrutinio] = "" });

        Assert.Contains("<div id=\"parametro-chiusura-votazione-errore\" class=\"invalid-feedback d-block\">Il valore è cambiato dopo l'anteprima: " +
            "mostrare di nuovo che cosa cambia, poi confermare.</div>", changedValue, StringComparison.Ordinal);
        Assert.Contains("Parametri non cambiati: Prima di confermare, mostrare che cosa cambia con i nuovi valori.", withoutPreview, StringComparison.Ordinal);
        Assert.Contains("Parametri non cambiati: Nessun parametro è cambiato: modificare almeno un valore", nothingChanged, StringComparison.Ordinal);
        Assert.Equal("{}", await ParametersAsync(id));
        await NothingMovedAsync(id, dueBefore);

        // Another amministratore changes the tornata between the preview and this confirmation.
        await Service().ChangeParametersAsync(id, new Dictionary<string, string> { ["apertura-votazione"] = "07:00" }, "altro amministratore");
        var meanwhile = await PostAsync(admin, page, page + "?handler=Conferma", new(previewed) { ["Parametri[chiusura-votazione]"] = "22:00", ["Parametri[apertura-votazione]"] = "07:00" });

        Assert.Contains("I parametri della tornata sono stati cambiati da un altro utente dopo l'anteprima", meanwhile, StringComparison.Ordinal);
        Assert.Equal("{\"apertura-votazione\": \"07:00\"}", await ParametersAsync(id));
    }

    [Fact]
    public async Task Move_RefusedByADecreeDateOfTheOldDays_TellsWhereToChangeItOnTheWeb()
    {
        var admin = await app.LoginAsync(Users.Admin.Name);
        var id = await ComunaliAsync("Comunali con lo scrutinio fissato");
        await Service().ChangeParametersAsync(id, new Dictionary<string, string> { ["inizio-scrutinio-comunali"] = "2024-06-24T14:00" }, "test");
        var page = $"/amministrazione/tornate/{id}/rinvio";

        var html = await PostAsync(admin, page, page + "?handler=Anteprima", new() { ["PrimoGiorno"] = "2024-06-30", ["Motivo"] = "decreto di rinvio" });

        Assert.Contains("<div id=\"PrimoGiorno-errore\" class=\"invalid-feedback d-block\">Parametri della tornata non validi: ", html, StringComparison.Ordinal);
        Assert.Contains("Riportarli prima al valore di legge dalla pagina «Parametri del decreto» della tornata (svuotando il campo), poi rinviare la tornata", html, StringComparison.Ordinal);
        Assert.DoesNotContain("scadenzario tornata", html, StringComparison.Ordinal);
        Assert.Equal("{2024-06-23}", await app.Database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {id}"));

        // The command line keeps its own advice.
        var cli = await Assert.ThrowsAsync<Data.InvalidInputException>(() => Service().PreviewPostponeAsync(id, [new LocalDate(2024, 6, 30)]));
        Assert.Contains($"(scadenzario tornata parametri {id} --parametro NOME= --conferma)", cli.Message, StringComparison.Ordinal);
    }

    private TornataService Service() => new(app.Database.DataSource, Fixtures.Calendars, app.Clock);

    private async Task<long> ComunaliAsync(string name)
    {
        var id = await Service().CreateAsync(name, [new LocalDate(2024, 6, 23)]);
        await Service().AddConsultationAsync(id, "comunali", new EntiSelection("file", "test", [WebAppFixture.Arenzano]), "test");
        return id;
    }

    private Task<string?> ParametersAsync(long id) => app.Database.ScalarAsync<string>($"SELECT parametri::text FROM tornata WHERE id = {id}");

    private Task<string?> DueDatesAsync(long id) =>
        app.Database.ScalarAsync<string>($"SELECT string_agg(id || ':' || coalesce(due_date::text, '-') || coalesce(due_time::text, ''), ',' ORDER BY id) FROM adempimento_vista WHERE tornata_id = {id}");

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

    // A value typed in the form comes back in its field; anywhere else an ISO date is a bug.
    private static void NoIsoDateShown(string html, string iso)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        var outsideValues = System.Text.RegularExpressions.Regex.Replace(main, "(value|name)=\"[^\"]*\"", "");
        Assert.DoesNotContain(iso, outsideValues, StringComparison.Ordinal);
    }
}
