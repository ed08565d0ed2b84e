using System.Net;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.SecondoGrado;

/// <summary>
/// The office of the Provincia di Prato through its pages, from the opening to the verbale, with the
/// sample files of samples/secondo-grado/prato; figures as in docs/secondo-grado.md (119 aventi diritto,
/// indices B 207, C 582, D 870, F 1,363; 5 seats each, weighted totals 45,911 and 46,247).
/// </summary>
public sealed partial class UfficioElettoraleTests(PratoFixture app) : IClassFixture<PratoFixture>
{
    private string Base => $"/ufficio/PO/tornate/{app.TornataPrato}";

    [Fact]
    public async Task Workflow_FromAttestationsToVerbale()
    {
        app.Clock.Reset(PratoFixture.Rome(PratoFixture.VotoPrato.PlusDays(-33), 10));
        var client = await app.LoginAsync(PratoFixture.Ufficio);
        Assert.Contains($"href=\"{Base}\"", await client.GetStringAsync("/ufficio/PO"), StringComparison.Ordinal);
        Assert.Contains("id=\"ufficio-non-aperto\"", await client.GetStringAsync(Base), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, Base, $"{Base}?handler=Apri", new() { ["SeggiElettorali"] = "1" })).StatusCode);
        var overview = await client.GetStringAsync(Base);
        Assert.Contains("id=\"comuni\">7<", overview, StringComparison.Ordinal);
        Assert.Contains("id=\"attestati\">0<", overview, StringComparison.Ordinal);

        foreach (var file in Directory.GetFiles(PratoFixture.Samples, "attestazione-*.json").Order())
        {
            var response = await UploadAttestazioneAsync(client, Base, file);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{Path.GetFileName(file)}: {await response.Content.ReadAsStringAsync()}");
        }

        overview = await client.GetStringAsync(Base);
        Assert.Contains("id=\"attestati\">7<", overview, StringComparison.Ordinal);
        Assert.Contains("id=\"mancanti\">0<", overview, StringComparison.Ordinal);
        Assert.Contains("id=\"elettori\">119<", overview, StringComparison.Ordinal);
        Assert.Contains("ricevuta martedì 24 novembre 2026, ore 10:00", overview, StringComparison.Ordinal);

        var vernio = await client.GetStringAsync($"{Base}?comune=100007");
        Assert.Contains("<caption>Amministratori in carica del comune", vernio, StringComparison.Ordinal);
        Assert.Contains("Matteo Pacini", vernio, StringComparison.Ordinal);

        // A second attestation of the same comune is refused with the reason, nothing written.
        var already = await client.GetStringAsync($"{Base}/attestazione?comune=100007");
        Assert.Contains("id=\"gia-attestato\"", already, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Carica", already, StringComparison.Ordinal);

        var published = await WebAppFixture.PostFormAsync(client, $"{Base}/elettorato", $"{Base}/elettorato?handler=Pubblica", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var elettorato = await client.GetStringAsync($"{Base}/elettorato");
        Assert.Contains("id=\"aventi-diritto\">119<", elettorato, StringComparison.Ordinal);
        Assert.Equal(["207", "582", "870", "1.363"], Indices().Matches(elettorato).Select(m => m.Groups[1].Value));
        Assert.Contains("<caption>", elettorato, StringComparison.Ordinal);

        foreach (var lista in new[] { "lista-insieme-per-la-provincia.json", "lista-territorio-comune.json" })
        {
            var response = await UploadAsync(client, $"{Base}/liste/nuova", $"{Base}/liste/nuova?handler=Carica", Path.Combine(PratoFixture.Samples, lista));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{lista}: {await response.Content.ReadAsStringAsync()}");
        }

        var esame = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, $"{Base}/liste", $"{Base}/liste?handler=Esamina", [])).Content.ReadAsStringAsync());
        Assert.Equal(2, Regex.Matches(esame, "class=\"esito\">ammessa<").Count);
        Assert.Contains("<caption>Sottoscrizioni nulle della lista «Territorio Comune»</caption>", esame, StringComparison.Ordinal);

        // One fascia by the form: the electors come from the publication; a count that does not add up is
        // refused on the voters' field, a CSV with a broken row names it; neither writes anything.
        var fasciaPage = $"{Base}/scrutinio/fascia?fascia=B";
        Assert.Contains("name=\"Modulo.Elettori\" value=\"13\"", await client.GetStringAsync(fasciaPage), StringComparison.Ordinal);
        var fasciaB = new Dictionary<string, string>
        {
            ["Modulo.Fascia"] = "B", ["Modulo.Elettori"] = "13", ["Modulo.Votanti"] = "12", ["Modulo.SchedeBianche"] = "1", ["Modulo.SchedeNulle"] = "1",
            ["Modulo.Liste[0].Lista"] = "Insieme per la Provincia", ["Modulo.Liste[0].Voti"] = "6", ["Modulo.Liste[1].Lista"] = "Territorio Comune", ["Modulo.Liste[1].Voti"] = "5",
            ["Modulo.Preferenze[0].Lista"] = "Insieme per la Provincia", ["Modulo.Preferenze[0].Candidato"] = "Anna Magni", ["Modulo.Preferenze[0].Voti"] = "4",
        };
        var wrong = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, fasciaPage, $"{Base}/scrutinio/fascia?handler=Registra", new(fasciaB))).Content.ReadAsStringAsync());
        Assert.Matches("<div id=\"Modulo_Votanti-errore\" class=\"invalid-feedback d-block\">Fascia B: il conto non torna: voti validi 11 \\+ schede bianche 1 \\+ schede nulle 1 = 13, ma i votanti sono 12.</div>", wrong);
        var brokenCsv = "fascia;voce;lista;candidato;numero\nB;elettori;;;13\nB;voti;Territorio Comune;;5\nB;votanti;;;dodici\n";
        var broken = WebUtility.HtmlDecode(await (await UploadAsync(client, fasciaPage, $"{Base}/scrutinio/fascia?handler=Carica", "scrutinio.csv", System.Text.Encoding.UTF8.GetBytes(brokenCsv))).Content.ReadAsStringAsync());
        Assert.Contains("Riga 3, colonna «voce»: «voti» non valida", broken, StringComparison.Ordinal);
        Assert.Contains("Riga 4, colonna «numero»: «dodici» non è un numero intero non negativo.", broken, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM sg_scrutinio s JOIN sg_ufficio u ON u.id = s.ufficio_id WHERE u.tornata_id = {app.TornataPrato}"));
        fasciaB["Modulo.SchedeNulle"] = "0";
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, fasciaPage, $"{Base}/scrutinio/fascia?handler=Registra", fasciaB)).StatusCode);
        Assert.Equal("B:1:6", await app.Database.ScalarAsync<string>(
            $"SELECT s.fascia || ':' || s.versione || ':' || sl.voti FROM sg_scrutinio s JOIN sg_ufficio u ON u.id = s.ufficio_id JOIN sg_scrutinio_lista sl ON sl.scrutinio_id = s.id JOIN sg_lista l ON l.id = sl.lista_id WHERE u.tornata_id = {app.TornataPrato} AND l.nome = 'Insieme per la Provincia'"));

        // The whole count from the JSON file: fascia B again is its correction.
        var scrutinio = await UploadAsync(client, $"{Base}/scrutinio/fascia", $"{Base}/scrutinio/fascia?handler=Carica", Path.Combine(PratoFixture.Samples, "scrutinio.json"));
        Assert.True(scrutinio.StatusCode == HttpStatusCode.Redirect, await scrutinio.Content.ReadAsStringAsync());

        var proclamazione = await (await WebAppFixture.PostFormAsync(client, $"{Base}/scrutinio", $"{Base}/scrutinio?handler=Proclama", [])).Content.ReadAsStringAsync();
        Assert.Contains("id=\"tabella-eletti\"", proclamazione, StringComparison.Ordinal);
        Assert.Contains("45.911", proclamazione, StringComparison.Ordinal);
        Assert.Contains("46.247", proclamazione, StringComparison.Ordinal);
        Assert.Equal(["5", "5"], Seats().Matches(proclamazione).Select(m => m.Groups[1].Value));
        Assert.Equal(10, Regex.Matches(Regex.Match(proclamazione, "id=\"tabella-eletti\".*?</table>", RegexOptions.Singleline).Value, "<tr><th scope=\"row\">").Count);

        var after = await client.GetStringAsync($"{Base}/scrutinio");
        Assert.Contains("id=\"link-verbale\"", after, StringComparison.Ordinal);
        var verbale = await client.GetAsync($"{Base}/verbale");
        var html = await verbale.Content.ReadAsStringAsync();
        Assert.Equal("text/html", verbale.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Verbale di proclamazione degli eletti al Consiglio provinciale della Provincia di Prato", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.StartsWith("VERBALE DI PROCLAMAZIONE", await client.GetStringAsync($"{Base}/verbale?formato=testo"), StringComparison.Ordinal);

        // A second proclamation is refused and shown as a message.
        var twice = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, $"{Base}/scrutinio", $"{Base}/scrutinio?handler=Proclama", [])).Content.ReadAsStringAsync());
        Assert.Contains("alert-danger", twice, StringComparison.Ordinal);
        Assert.Equal(1, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM sg_proclamazione p JOIN sg_ufficio u ON u.id = p.ufficio_id WHERE u.tornata_id = {app.TornataPrato}"));

        var csv = await client.GetStringAsync("/ufficio/PO/osservatorio/csv");
        Assert.StartsWith("ambito,ente,denominazione", csv, StringComparison.Ordinal);
        Assert.Contains("provincia,PO,Provincia di Prato,provinciali,10,119,1,2,", csv, StringComparison.Ordinal);
        var json = await client.GetStringAsync("/ufficio/PO/osservatorio/json");
        Assert.Contains("\"aventiDiritto\": 119", json, StringComparison.Ordinal);
        Assert.Contains("Provincia di Prato", await client.GetStringAsync("/ufficio/PO/osservatorio"), StringComparison.Ordinal);
        var admin = await app.LoginAsync(Users.Admin.Name);
        Assert.Contains("Totale nazionale", await admin.GetStringAsync("/osservatorio"), StringComparison.Ordinal);
        Assert.Contains("\"nazionale\"", await admin.GetStringAsync("/osservatorio/json"), StringComparison.Ordinal);

        // Changes of the electorate end the day before the vote.
        app.Clock.Reset(PratoFixture.Rome(PratoFixture.VotoPrato, 9));
        var late = await WebAppFixture.PostFormAsync(client, Base, $"{Base}?handler=Variazione", new()
        {
            ["Variazione.Comune"] = "100007", ["Variazione.Giorno"] = "2026-12-20", ["Variazione.Tipo"] = "commissariamento", ["Variazione.Motivo"] = "scioglimento",
        });
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("fino al giorno precedente la votazione", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM sg_variazione v JOIN sg_ufficio u ON u.id = v.ufficio_id WHERE u.tornata_id = {app.TornataPrato}"));
    }

    /// <summary>A later tornata of its own, so the changes do not touch the workflow's electorate.</summary>
    [Fact]
    public async Task Variazioni_CessazioneThenSubentro_ThroughTheForm()
    {
        var voto = new NodaTime.LocalDate(2027, 3, 28);
        app.Clock.Reset(PratoFixture.Rome(new NodaTime.LocalDate(2027, 1, 10), 10));
        var tornate = new Scadenzario.Data.Tornate.TornataService(app.Database.DataSource, Scadenzario.Data.Tests.Support.Fixtures.Calendars, app.Clock);
        var tornata = await tornate.CreateAsync("Provinciali Prato 2027", [voto]);
        await tornate.AddConsultationAsync(tornata, "provinciali", Scadenzario.Data.Tornate.EntiSelection.Parse("province:PO"), "test");
        var url = $"/ufficio/PO/tornate/{tornata}";
        var client = await app.LoginAsync(PratoFixture.Ufficio);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, url, $"{url}?handler=Apri", new() { ["SeggiElettorali"] = "2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAttestazioneAsync(client, url, Path.Combine(PratoFixture.Samples, "attestazione-vernio.json"))).StatusCode);
        app.Clock.Reset(PratoFixture.Rome(voto.PlusDays(-20), 10));
        var giorno = voto.PlusDays(-21).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var missing = await WebAppFixture.PostFormAsync(client, url, $"{url}?handler=Variazione", new()
        {
            ["Variazione.Comune"] = "100007", ["Variazione.Giorno"] = giorno, ["Variazione.Tipo"] = "cessazione", ["Variazione.Motivo"] = "dimissioni",
        });
        var missingHtml = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("<div id=\"var-amministratore-errore\" class=\"invalid-feedback d-block\">Per una cessazione indicare l'identificativo", missingHtml, StringComparison.Ordinal);
        // The comune's amministratori are offered by name once it is chosen.
        Assert.Contains(">Anna Innocenti (consigliere)</option>", missingHtml, StringComparison.Ordinal);

        var future = await WebAppFixture.PostFormAsync(client, url, $"{url}?handler=Variazione", new()
        {
            ["Variazione.Comune"] = "100007", ["Variazione.Giorno"] = voto.PlusDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Variazione.Tipo"] = "commissariamento", ["Variazione.Motivo"] = "scioglimento",
        });
        Assert.Matches("<div id=\"var-giorno-errore\" class=\"invalid-feedback d-block\">Una variazione non può avere una data futura", WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync()));

        var vernio = await client.GetStringAsync($"{url}?comune=100007");
        var id = Regex.Match(vernio, "<tr><td>([0-9]+)</td><th scope=\"row\">Anna Innocenti</th>").Groups[1].Value;
        var cessazione = await WebAppFixture.PostFormAsync(client, url, $"{url}?handler=Variazione", new()
        {
            ["Variazione.Comune"] = "100007", ["Variazione.Giorno"] = giorno, ["Variazione.Tipo"] = "cessazione", ["Variazione.Motivo"] = "dimissioni", ["Variazione.Amministratore"] = id,
        });
        Assert.Equal(HttpStatusCode.Redirect, cessazione.StatusCode);
        Assert.Matches("<tr id=\"comune-100007\">.*?<td class=\"text-end\">12</td>\\s*<td class=\"text-end\">1</td>", Regex.Replace(await client.GetStringAsync(url), "\\s+", " "));

        var subentro = await WebAppFixture.PostFormAsync(client, url, $"{url}?handler=Variazione", new()
        {
            ["Variazione.Comune"] = "100007", ["Variazione.Giorno"] = giorno, ["Variazione.Tipo"] = "subentro", ["Variazione.Motivo"] = "delibera di surroga n. 5",
            ["Variazione.Nome"] = "Giulia Bini", ["Variazione.Sesso"] = "F", ["Variazione.Nascita"] = "1990-04-02",
        });
        Assert.Equal(HttpStatusCode.Redirect, subentro.StatusCode);
        Assert.Contains("Giulia Bini", await client.GetStringAsync($"{url}?comune=100007"), StringComparison.Ordinal);
        Assert.Equal(2, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM sg_variazione v JOIN sg_ufficio u ON u.id = v.ufficio_id WHERE u.tornata_id = {tornata}"));
    }

    [Fact]
    public async Task Prefettura_ReadsButCannotAct_ComuneNeverEnters()
    {
        var prefettura = await app.LoginAsync(PratoFixture.Prefettura);
        var page = await prefettura.GetStringAsync(Base);
        Assert.Contains("sola lettura", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Apri", page, StringComparison.Ordinal);
        var token = WebAppFixture.AntiforgeryToken(await prefettura.GetStringAsync("/accesso"));
        var post = await prefettura.PostAsync($"{Base}?handler=Apri", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await prefettura.GetAsync("/osservatorio")).StatusCode);

        var comune = await app.LoginAsync(PratoFixture.Comune);
        foreach (var url in new[] { "/ufficio/PO", Base, $"{Base}/elettorato", "/ufficio/PO/osservatorio", "/ufficio/100005", $"/ufficio/100005/tornate/{app.TornataPrato}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await comune.GetAsync(url)).StatusCode);
        }
    }

    /// <summary>A sample attestation uploaded from the page of the comune it names.</summary>
    private static async Task<HttpResponseMessage> UploadAttestazioneAsync(HttpClient client, string tornata, string path)
    {
        var comune = Regex.Match(await File.ReadAllTextAsync(path), "\"comune\": \"([0-9]+)\"").Groups[1].Value;
        var page = $"{tornata}/attestazione?comune={comune}";
        return await UploadAsync(client, page, $"{page}&handler=Carica", path);
    }

    /// <summary>A file sent through the page's form, with its anti-forgery token, as a browser would.</summary>
    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string formPage, string action, string path) =>
        await UploadAsync(client, formPage, action, Path.GetFileName(path), await File.ReadAllBytesAsync(path));

    /// <summary>A file and form fields sent through the page's form, with its anti-forgery token, as a browser would.</summary>
    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string formPage, string action, string fileName, byte[] bytes, Dictionary<string, string>? fields = null)
    {
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync(formPage));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "Upload", fileName },
        };
        foreach (var (name, value) in fields ?? [])
        {
            content.Add(new StringContent(value), name);
        }

        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("<td class=\"text-end indice\">([0-9.]+)</td>")]
    private static partial Regex Indices();

    [GeneratedRegex("<td class=\"text-end seggi\">([0-9]+)</td>")]
    private static partial Regex Seats();
}
