using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.SecondoGrado;

/// <summary>
/// The forms of the second-level office (attestation, list) through the pages, on the Provincia di Prato of
/// its own fixture: each wrong field gets its message next to it, a refusal of the service lands on the
/// field it concerns, a CSV with a broken row is refused naming the row and the column, and in every such
/// case nothing is written.
/// </summary>
public sealed partial class ModuliTests(PratoFixture app) : IClassFixture<PratoFixture>
{
    private string Base => $"/ufficio/PO/tornate/{app.TornataPrato}";

    [Fact]
    public async Task Attestazione_Form_OneRowPerSeat_RecordsSindacoAndCouncillors()
    {
        var client = await OpenAsync();
        var page = $"{Base}/attestazione?comune=100006";
        var form = await client.GetStringAsync(page);
        // Vaiano (under 10,000 inhabitants): 12 consiglieri besides the sindaco (L. 56/2014, art. 1, comma 135).
        Assert.Equal(12, Regex.Matches(form, "name=\"Modulo.Consiglieri\\[[0-9]+\\].Nome\"").Count);

        var response = await WebAppFixture.PostFormAsync(client, page, $"{page}&handler=Registra", new()
        {
            ["Modulo.Protocollo"] = "PEC 12/2026",
            ["Modulo.Sindaco.Nome"] = "Primo Bosi", ["Modulo.Sindaco.Sesso"] = "M", ["Modulo.Sindaco.DataNascita"] = "1968-03-12",
            ["Modulo.Consiglieri[0].Nome"] = "Elena Guarducci", ["Modulo.Consiglieri[0].Sesso"] = "F", ["Modulo.Consiglieri[0].DataNascita"] = "02/05/1979",
            ["Modulo.Consiglieri[1].Nome"] = "", ["Modulo.Consiglieri[1].Sesso"] = "", ["Modulo.Consiglieri[1].DataNascita"] = "",
            ["Modulo.Consiglieri[2].Nome"] = "Luca Bini", ["Modulo.Consiglieri[2].Sesso"] = "M", ["Modulo.Consiglieri[2].DataNascita"] = "1990-11-30",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("sindaco:Primo Bosi:1968-03-12,consigliere:Elena Guarducci:1979-05-02,consigliere:Luca Bini:1990-11-30", await app.Database.ScalarAsync<string>(
            $"SELECT string_agg(carica || ':' || nome || ':' || data_nascita, ',' ORDER BY a.id) FROM sg_amministratore a JOIN sg_ufficio u ON u.id = a.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND comune_code = '100006'"));
        Assert.Equal("PEC 12/2026", await app.Database.ScalarAsync<string>(
            $"SELECT protocol_number FROM sg_attestazione a JOIN sg_ufficio u ON u.id = a.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND comune_code = '100006'"));
    }

    [Fact]
    public async Task Attestazione_WrongFields_EachMessageNextToItsField_NothingWritten()
    {
        var client = await OpenAsync();
        var page = $"{Base}/attestazione?comune=100004";
        var response = await WebAppFixture.PostFormAsync(client, page, $"{page}&handler=Registra", new()
        {
            ["Modulo.Sindaco.Nome"] = "Francesco Puggelli", ["Modulo.Sindaco.DataNascita"] = "31/02/1970",
            ["Modulo.Consiglieri[0].Nome"] = "", ["Modulo.Consiglieri[1].Nome"] = "Giulia Nesti", ["Modulo.Consiglieri[1].Sesso"] = "F",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Indicare il sesso (F o M).", Message(html, "Modulo_Sindaco_Sesso"));
        Assert.Equal("«31/02/1970» non è una data: scrivere il giorno come GG/MM/AAAA.", Message(html, "Modulo_Sindaco_DataNascita"));
        Assert.Equal("Indicare la data di nascita.", Message(html, "Modulo_Consiglieri_1__DataNascita"));
        Assert.Null(Message(html, "Modulo_Consiglieri_1__Nome"));
        Assert.Contains("value=\"Giulia Nesti\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await AttestatiAsync("100004"));
    }

    [Fact]
    public async Task Attestazione_ServiceRefusal_OnTheRowItConcerns_NothingWritten()
    {
        var client = await OpenAsync();
        var page = $"{Base}/attestazione?comune=100004";
        var response = await WebAppFixture.PostFormAsync(client, page, $"{page}&handler=Registra", new()
        {
            ["Modulo.Sindaco.Nome"] = "Francesco Puggelli", ["Modulo.Sindaco.Sesso"] = "M", ["Modulo.Sindaco.DataNascita"] = "1970-02-11",
            ["Modulo.Consiglieri[0].Nome"] = "Giulia Nesti", ["Modulo.Consiglieri[0].Sesso"] = "F", ["Modulo.Consiglieri[0].DataNascita"] = "1985-06-01",
            // Under age at the 35th day: not an elector (comma 26 counts the councillors in office, who are of age).
            ["Modulo.Consiglieri[1].Nome"] = "Marco Giovani", ["Modulo.Consiglieri[1].Sesso"] = "M", ["Modulo.Consiglieri[1].DataNascita"] = "2012-01-01",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Marco Giovani", Message(html, "Modulo_Consiglieri_1__DataNascita"), StringComparison.Ordinal);
        Assert.Contains("maggiorenne", Message(html, "Modulo_Consiglieri_1__DataNascita"), StringComparison.Ordinal);
        Assert.Equal(0, await AttestatiAsync("100004"));
    }

    [Fact]
    public async Task Attestazione_CsvWithBrokenRows_RowAndColumnNamed_NothingWritten()
    {
        var client = await OpenAsync();
        var csv = "nome;sesso;data_nascita;carica\nGuglielmo Bongiorno;M;12/04/1966;sindaco\nSara Lucchesi;X;03/03/1980;consigliere\nDario Betti;M;1980-13-01;consigliere\n";
        var response = await UploadAsync(client, "100002", csv);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Regex.Match(html, "id=\"errori-file\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("Riga 3, colonna «sesso»: «X» non valido (F o M).", errors, StringComparison.Ordinal);
        Assert.Contains("Riga 4, colonna «data_nascita»: «1980-13-01» non è una data (GG/MM/AAAA).", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Riga 2", errors, StringComparison.Ordinal);
        Assert.Equal(0, await AttestatiAsync("100002"));
    }

    [Fact]
    public async Task Attestazione_TemplateAsDownloaded_IsAValidFile()
    {
        var client = await OpenAsync();
        var template = await client.GetAsync($"{Base}/attestazione?comune=100001&handler=Modello");
        Assert.Equal("text/csv", template.Content.Headers.ContentType!.MediaType);
        var bytes = await template.Content.ReadAsByteArrayAsync();

        var response = await UploadAsync(client, "100001", Encoding.UTF8.GetString(bytes));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM sg_amministratore a JOIN sg_ufficio u ON u.id = a.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND comune_code = '100001'"));
    }

    [Fact]
    public async Task Attestazione_MalformedJson_ItalianMessage_NothingWritten()
    {
        var client = await OpenAsync();
        var page = $"{Base}/attestazione?comune=100003";
        var response = await UfficioElettoraleTests.UploadAsync(client, page, $"{page}&handler=Carica", "attestazione.json",
            "{\"comune\": \"100003\", \"amministratori\": [{\"nome\": \"X\"}]}"u8.ToArray());

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("amministratori[0]: manca \"sesso\".", html, StringComparison.Ordinal);
        Assert.Equal(0, await AttestatiAsync("100003"));
    }

    [Fact]
    public async Task Lista_WrongFields_AndARefusedComune_OnTheirFields_NothingWritten()
    {
        var client = await OpenAsync();
        var page = $"{Base}/liste/nuova";
        var empty = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Registra", new()
        {
            ["Modulo.Candidati[0].Nome"] = "Chiara Spinelli", ["Modulo.Candidati[0].Sesso"] = "F", ["Modulo.Candidati[0].DataNascita"] = "1975-01-20",
            ["Modulo.Sottoscrizioni[0].Nome"] = "Piero Gori", ["Modulo.Sottoscrizioni[0].Comune"] = "Prato", ["Modulo.Sottoscrizioni[0].DataNascita"] = "1950-02-02",
        })).Content.ReadAsStringAsync());
        Assert.Equal("Indicare il nome (contrassegno) della lista.", Message(empty, "nome-lista"));
        Assert.Equal("Indicare il comune in cui il candidato è in carica.", Message(empty, "Modulo_Candidati_0__Comune"));
        Assert.Equal("Indicare il giorno dell'autenticazione.", Message(empty, "Modulo_Sottoscrizioni_0__Autenticata"));

        // The form is right, the service refuses: Genova is not in the territory of Prato.
        var refused = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Registra", new()
        {
            ["Modulo.Nome"] = "Lista Rifiutata",
            ["Modulo.Candidati[0].Nome"] = "Chiara Spinelli", ["Modulo.Candidati[0].Sesso"] = "F", ["Modulo.Candidati[0].DataNascita"] = "1975-01-20", ["Modulo.Candidati[0].Comune"] = "Prato",
            ["Modulo.Candidati[1].Nome"] = "Ugo Ferrando", ["Modulo.Candidati[1].Sesso"] = "M", ["Modulo.Candidati[1].DataNascita"] = "1971-07-07", ["Modulo.Candidati[1].Comune"] = "Genova",
        })).Content.ReadAsStringAsync());
        Assert.Contains("non fa parte del territorio della Provincia di Prato", Message(refused, "Modulo_Candidati_1__Comune"), StringComparison.Ordinal);
        Assert.Equal(0, await ListeAsync());
    }

    [Fact]
    public async Task Lista_AddRows_KeepsWhatWasTyped_RecordsNothing()
    {
        var client = await OpenAsync();
        var page = $"{Base}/liste/nuova";
        var before = Regex.Matches(await client.GetStringAsync(page), "name=\"Modulo.Sottoscrizioni\\[[0-9]+\\].Nome\"").Count;

        var html = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Righe", new()
        {
            ["Modulo.Nome"] = "Lista in Preparazione", ["Modulo.Candidati[0].Nome"] = "Chiara Spinelli",
            ["Modulo.Sottoscrizioni[0].Nome"] = "Piero Gori",
        })).Content.ReadAsStringAsync());

        Assert.Equal(1 + 5, Regex.Matches(html, "name=\"Modulo.Sottoscrizioni\\[[0-9]+\\].Nome\"").Count);
        Assert.True(before >= 5, $"{before} signature rows at first");
        Assert.Contains("value=\"Lista in Preparazione\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Piero Gori\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await ListeAsync());
    }

    [Fact]
    public async Task Lista_CsvWithBrokenRows_RowAndColumnNamed_NothingWritten()
    {
        var client = await OpenAsync();
        var csv = "tipo,nome,sesso,data_nascita,comune,carica,autenticata\n"
            + "candidato,Chiara Spinelli,F,20/01/1975,Prato,consigliere,\n"
            + "candidata,Ugo Neri,M,07/07/1971,Vaiano,consigliere,\n"
            + "sottoscrittore,Piero Gori,,02/02/1950,Prato,,\n";
        var response = await UfficioElettoraleTests.UploadAsync(client, $"{Base}/liste/nuova", $"{Base}/liste/nuova?handler=Carica", "lista.csv", Encoding.UTF8.GetBytes(csv),
            new() { ["NomeFile"] = "Lista Rotta" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var errors = Regex.Match(html, "id=\"errori-file\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("Riga 3, colonna «tipo»: «candidata» non valido (candidato o sottoscrittore).", errors, StringComparison.Ordinal);
        Assert.Contains("Riga 4, colonna «autenticata»: «» non è una data (GG/MM/AAAA).", errors, StringComparison.Ordinal);
        Assert.Equal(0, await ListeAsync());
    }

    [Fact]
    public async Task Lista_Csv_RecordedWithCandidatesInOrderAndSignatures()
    {
        var client = await OpenAsync();
        var csv = "\uFEFFtipo;nome;sesso;data_nascita;comune;carica;autenticata\r\n"
            + "candidato;Chiara Spinelli;F;20/01/1975;Prato;consigliere;\r\n"
            + "candidato;\"Ugo Neri\";M;1971-07-07;Vaiano;sindaco;\r\n"
            + "sottoscrittore;Piero Gori;;02/02/1950;Prato;;20/11/2026\r\n";
        var response = await UfficioElettoraleTests.UploadAsync(client, $"{Base}/liste/nuova", $"{Base}/liste/nuova?handler=Carica", "lista.csv", Encoding.UTF8.GetBytes(csv),
            new() { ["NomeFile"] = "Lista da File" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("1:Chiara Spinelli:consigliere,2:Ugo Neri:sindaco", await app.Database.ScalarAsync<string>(
            "SELECT string_agg(posizione || ':' || c.nome || ':' || carica, ',' ORDER BY posizione) FROM sg_candidato c JOIN sg_lista l ON l.id = c.lista_id WHERE l.nome = 'Lista da File'"));
        Assert.Equal("Piero Gori 2026-11-20", await app.Database.ScalarAsync<string>(
            "SELECT s.nome || ' ' || autenticata FROM sg_sottoscrizione s JOIN sg_lista l ON l.id = s.lista_id WHERE l.nome = 'Lista da File'"));
    }

    /// <summary>The message shown under the field whose id is given; null when it has none.</summary>
    private static string? Message(string html, string id) =>
        Regex.Match(html, $"<div id=\"{Regex.Escape(id)}-errore\" class=\"invalid-feedback d-block\">(.*?)</div>") is { Success: true } m ? m.Groups[1].Value : null;

    private async Task<HttpClient> OpenAsync()
    {
        app.Clock.Reset(PratoFixture.Rome(PratoFixture.VotoPrato.PlusDays(-33), 10));
        var client = await app.LoginAsync(PratoFixture.Ufficio);
        if (await app.Database.ScalarAsync<long>($"SELECT count(*) FROM sg_ufficio WHERE tornata_id = {app.TornataPrato}") == 0)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, Base, $"{Base}?handler=Apri", new() { ["SeggiElettorali"] = "1" })).StatusCode);
        }

        return client;
    }

    private Task<HttpResponseMessage> UploadAsync(HttpClient client, string comune, string csv)
    {
        var page = $"{Base}/attestazione?comune={comune}";
        return UfficioElettoraleTests.UploadAsync(client, page, $"{page}&handler=Carica", "attestazione.csv", Encoding.UTF8.GetBytes(csv));
    }

    private async Task<long> AttestatiAsync(string comune) => await app.Database.ScalarAsync<long>(
        $"SELECT count(*) FROM sg_attestazione a JOIN sg_ufficio u ON u.id = a.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND a.comune_code = '{comune}'")
        + await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM sg_amministratore a JOIN sg_ufficio u ON u.id = a.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND a.comune_code = '{comune}'");

    /// <summary>The lists recorded, but the one a test records on purpose.</summary>
    private async Task<long> ListeAsync() => await app.Database.ScalarAsync<long>(
        $"SELECT count(*) FROM sg_lista l JOIN sg_ufficio u ON u.id = l.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND l.nome <> 'Lista da File'");
}
