using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.SecondoGrado;

/// <summary>
/// The forms of the election of the presidente della provincia (L. 56/2014, art. 1, commi 58-61) through the
/// pages: a candidacy recorded with its signatures, each wrong field with its message next to it, a refusal
/// of the service on the field it concerns, a CSV with a broken row refused naming it; nothing written then.
/// </summary>
public sealed partial class ModuliTests
{
    private string Presidente => $"{Base}/presidente";

    [Fact]
    public async Task PresidenteCandidatura_Form_RecordedWithItsSignatures_EmptyRowsSkipped()
    {
        var client = await OpenAsync();
        var page = $"{Presidente}/candidatura";
        var form = await client.GetStringAsync(page);
        Assert.Equal(10, Regex.Matches(form, "name=\"Modulo.Sottoscrizioni\\[[0-9]+\\].Nome\"").Count);

        var response = await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Registra", new()
        {
            ["Modulo.Candidato.Nome"] = "Simone Calamai", ["Modulo.Candidato.Sesso"] = "M", ["Modulo.Candidato.DataNascita"] = "14/03/1978",
            ["Modulo.Candidato.Comune"] = "Montemurlo", ["Modulo.Candidato.FineMandato"] = "10/06/2029",
            ["Modulo.Sottoscrizioni[0].Nome"] = "Piero Gori", ["Modulo.Sottoscrizioni[0].DataNascita"] = "02/02/1950", ["Modulo.Sottoscrizioni[0].Comune"] = "Prato",
            ["Modulo.Sottoscrizioni[0].Autenticata"] = "20/11/2026",
            ["Modulo.Sottoscrizioni[1].Nome"] = "", ["Modulo.Sottoscrizioni[1].DataNascita"] = "", ["Modulo.Sottoscrizioni[1].Comune"] = "", ["Modulo.Sottoscrizioni[1].Autenticata"] = "",
            ["Modulo.Sottoscrizioni[2].Nome"] = "Elena Guarducci", ["Modulo.Sottoscrizioni[2].DataNascita"] = "1979-05-02", ["Modulo.Sottoscrizioni[2].Comune"] = "Vaiano",
            ["Modulo.Sottoscrizioni[2].Autenticata"] = "2026-11-21",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Presidente, response.Headers.Location?.OriginalString);
        Assert.Equal("Simone Calamai:M:1978-03-14:2029-06-10", await app.Database.ScalarAsync<string>(
            $"SELECT nome || ':' || sesso || ':' || data_nascita || ':' || fine_mandato FROM sg_candidatura_presidente c JOIN sg_ufficio u ON u.id = c.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND nome = 'Simone Calamai'"));
        Assert.Equal("Piero Gori 2026-11-20,Elena Guarducci 2026-11-21", await app.Database.ScalarAsync<string>(
            "SELECT string_agg(s.nome || ' ' || autenticata, ',' ORDER BY s.id) FROM sg_sottoscrizione_presidente s JOIN sg_candidatura_presidente c ON c.id = s.candidatura_id WHERE c.nome = 'Simone Calamai'"));
    }

    [Fact]
    public async Task PresidenteCandidatura_WrongFields_AndARefusedComune_OnTheirFields_NothingWritten()
    {
        var client = await OpenAsync();
        var page = $"{Presidente}/candidatura";
        var wrong = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Registra", new()
        {
            ["Modulo.Candidato.Nome"] = "Candidato Sbagliato", ["Modulo.Candidato.DataNascita"] = "1970-01-01", ["Modulo.Candidato.Comune"] = "Prato",
            ["Modulo.Candidato.FineMandato"] = "31/02/2029",
            ["Modulo.Sottoscrizioni[0].Nome"] = "Piero Gori", ["Modulo.Sottoscrizioni[0].Comune"] = "Prato", ["Modulo.Sottoscrizioni[0].DataNascita"] = "1950-02-02",
        })).Content.ReadAsStringAsync());
        Assert.Equal("Indicare il sesso (F o M).", Message(wrong, "Modulo_Candidato_Sesso"));
        Assert.Equal("«31/02/2029» non è una data: scrivere il giorno come GG/MM/AAAA.", Message(wrong, "Modulo_Candidato_FineMandato"));
        Assert.Equal("Indicare il giorno dell'autenticazione.", Message(wrong, "Modulo_Sottoscrizioni_0__Autenticata"));
        Assert.Null(Message(wrong, "Modulo_Candidato_Nome"));
        Assert.Contains("value=\"Candidato Sbagliato\"", wrong, StringComparison.Ordinal);

        // The form is right, the service refuses: Genova is not in the territory of Prato.
        var refused = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Registra", new()
        {
            ["Modulo.Candidato.Nome"] = "Candidato Sbagliato", ["Modulo.Candidato.Sesso"] = "M", ["Modulo.Candidato.DataNascita"] = "1970-01-01",
            ["Modulo.Candidato.Comune"] = "Prato", ["Modulo.Candidato.FineMandato"] = "01/06/2029",
            ["Modulo.Sottoscrizioni[0].Nome"] = "Ugo Ferrando", ["Modulo.Sottoscrizioni[0].DataNascita"] = "1971-07-07", ["Modulo.Sottoscrizioni[0].Comune"] = "Genova",
            ["Modulo.Sottoscrizioni[0].Autenticata"] = "20/11/2026",
        })).Content.ReadAsStringAsync());
        Assert.Contains("non fa parte del territorio della Provincia di Prato", Message(refused, "Modulo_Sottoscrizioni_0__Comune"), StringComparison.Ordinal);
        Assert.Null(Message(refused, "Modulo_Candidato_Comune"));
        Assert.Equal(0, await CandidatureAsync("Candidato Sbagliato"));
    }

    [Fact]
    public async Task PresidenteCandidatura_AddRows_KeepsWhatWasTyped_RecordsNothing()
    {
        var client = await OpenAsync();
        var page = $"{Presidente}/candidatura";
        var html = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Righe", new()
        {
            ["Modulo.Candidato.Nome"] = "Candidato in Preparazione", ["Modulo.Sottoscrizioni[0].Nome"] = "Piero Gori",
        })).Content.ReadAsStringAsync());

        Assert.Equal(1 + 5, Regex.Matches(html, "name=\"Modulo.Sottoscrizioni\\[[0-9]+\\].Nome\"").Count);
        Assert.Contains("value=\"Candidato in Preparazione\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Piero Gori\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CandidatureAsync("Candidato in Preparazione"));
    }

    [Fact]
    public async Task PresidenteCandidatura_CsvWithBrokenRows_RowAndColumnNamed_NothingWritten()
    {
        var client = await OpenAsync();
        var csv = "tipo;nome;sesso;data_nascita;comune;fine_mandato;autenticata\n"
            + "candidato;Candidato da File Rotto;M;07/07/1973;Vernio;10/06/2029;\n"
            + "sottoscrittore;Piero Gori;;02/02/1950;Prato;;2026-13-01\n";
        var response = await UfficioElettoraleTests.UploadAsync(client, $"{Presidente}/candidatura", $"{Presidente}/candidatura?handler=Carica", "candidatura.csv", Encoding.UTF8.GetBytes(csv));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Regex.Match(html, "id=\"errori-file\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("Riga 3, colonna «autenticata»: «2026-13-01» non è una data (GG/MM/AAAA).", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Riga 2", errors, StringComparison.Ordinal);
        Assert.Equal(0, await CandidatureAsync("Candidato da File Rotto"));
    }

    [Fact]
    public async Task PresidenteCandidatura_TemplateAsDownloaded_IsRecorded()
    {
        var client = await OpenAsync();
        var template = await client.GetAsync($"{Presidente}/candidatura?handler=Modello");
        Assert.Equal("text/csv", template.Content.Headers.ContentType!.MediaType);

        var response = await UfficioElettoraleTests.UploadAsync(client, $"{Presidente}/candidatura", $"{Presidente}/candidatura?handler=Carica", "candidatura.csv",
            await template.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await CandidatureAsync("Mario Rossi"));
    }

    [Fact]
    public async Task PresidenteScrutinio_WrongFields_EachMessageNextToItsField_NothingWritten()
    {
        var client = await OpenAsync();
        var page = $"{Presidente}/scrutinio";
        var html = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, page, $"{page}?handler=Registra", new()
        {
            ["Modulo.Fascia"] = "Z", ["Modulo.Elettori"] = "10", ["Modulo.Votanti"] = "dieci", ["Modulo.SchedeBianche"] = "0", ["Modulo.SchedeNulle"] = "",
            ["Modulo.Candidati[0].Candidato"] = "Simone Calamai", ["Modulo.Candidati[0].Voti"] = "-3",
        })).Content.ReadAsStringAsync());

        Assert.Equal("Scegliere la fascia demografica.", Message(html, "fascia"));
        Assert.Equal("«dieci» non è un numero intero non negativo.", Message(html, "Modulo_Votanti"));
        Assert.Equal("Indicare il numero (0 se nessuno).", Message(html, "Modulo_SchedeNulle"));
        Assert.Equal("«-3» non è un numero intero non negativo.", Message(html, "Modulo_Candidati_0__Voti"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM sg_scrutinio_presidente s JOIN sg_ufficio u ON u.id = s.ufficio_id WHERE u.tornata_id = {app.TornataPrato}"));
    }

    [Fact]
    public async Task Presidente_Page_ForTheProvinciali_LinksTheFormsAndNoIsoDate()
    {
        var client = await OpenAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Presidente));

        Assert.Contains("id=\"link-candidatura-presidente\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"link-scrutinio-presidente\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("presidente-metropolitana", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(">[^<]*\\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\\b"), html);
    }

    private async Task<long> CandidatureAsync(string nome) => await app.Database.ScalarAsync<long>(
        $"SELECT count(*) FROM sg_candidatura_presidente c JOIN sg_ufficio u ON u.id = c.ufficio_id WHERE u.tornata_id = {app.TornataPrato} AND c.nome = '{nome}'");
}
