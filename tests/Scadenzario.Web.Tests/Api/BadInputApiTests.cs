using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Api;

/// <summary>
/// The corpus of bad API requests of issue 14: each is refused with its status and an Italian
/// problem document (application/problem+json, never HTML, never the framework's English), and
/// nothing in the database changes.
/// </summary>
public sealed class BadInputApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Json = "application/json";

    /// <summary>Method, path ({task} is an act of Genova still to do, {tornata} the tornata), content type, body, status, title, a piece of the detail.</summary>
    public static TheoryData<string, string, string?, string?, int, string, string> Corpus() => new()
    {
        { "POST", "/api/adempimenti/{task}/completamento", Json, "{\"protocollo\":\"PG\\u0000/1\"}", 422, "Richiesta non accettata", "Il protocollo contiene caratteri di controllo non ammessi" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, $"{{\"protocollo\":\"{new string('7', 101)}\"}}", 422, "Richiesta non accettata", "Il protocollo può avere al più 100 caratteri" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, $"{{\"protocollo\":\"{new string('7', 1_000_000)}\"}}", 422, "Richiesta non accettata", "Il protocollo può avere al più 100 caratteri" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, $"{{\"nota\":\"{new string('n', 2001)}\"}}", 422, "Richiesta non accettata", "La nota può avere al più 2000 caratteri" },
        { "POST", "/api/adempimenti/{task}/riapertura", Json, $"{{\"motivo\":\"{new string('m', 1001)}\"}}", 422, "Richiesta non accettata", "Il motivo può avere al più 1000 caratteri" },
        { "POST", "/api/enti/010025/eventi", Json, "{\"tornata\":{tornata},\"giorno\":\"2024-05-10\"}", 422, "Richiesta non accettata", "Indicare l'evento" },
        { "POST", "/api/enti/010025/eventi", Json, "{\"tornata\":{tornata},\"evento\":null,\"giorno\":\"2024-05-10\"}", 422, "Richiesta non accettata", "Indicare l'evento" },
        { "POST", "/api/enti/010025/eventi", Json, "{\"tornata\":{tornata},\"evento\":\"liste-ammesse\",\"giorno\":\"2024-05-10\",\"correggi\":true,\"motivo\":\"a\\u0007b\"}", 422, "Richiesta non accettata", "Il motivo contiene caratteri di controllo" },
        { "POST", "/api/enti/010025/eventi", Json, "{\"tornata\":{tornata},\"evento\":\"liste-ammesse\",\"giorno\":\"2024-13-45\"}", 422, "Richiesta non accettata", "non valido: usare il formato AAAA-MM-GG" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, "{\"protocollo\":", 400, "Richiesta non valida", "non è un JSON valido" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, "{\"protocollo\":5}", 400, "Richiesta non valida", "Il campo «protocollo» ha un valore non ammesso" },
        { "POST", "/api/enti/010025/eventi", Json, "{\"tornata\":\"abc\",\"evento\":\"liste-ammesse\"}", 400, "Richiesta non valida", "Il campo «tornata»" },
        { "POST", "/api/enti/010025/eventi", Json, "{\"tornata\":1e400,\"evento\":\"liste-ammesse\"}", 400, "Richiesta non valida", "Il campo «tornata»" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, "[]", 400, "Richiesta non valida", "JSON" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, "{'protocollo':'x'}", 400, "Richiesta non valida", "non è un JSON valido" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, new string('[', 100) + new string(']', 100), 400, "Richiesta non valida", "JSON" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, "", 400, "Richiesta non valida", "Manca il corpo della richiesta" },
        { "POST", "/api/adempimenti/{task}/completamento", Json, "null", 400, "Richiesta non valida", "Manca il corpo della richiesta" },
        { "POST", "/api/adempimenti/{task}/completamento", "text/plain", "protocollo=1", 415, "Formato non supportato", "deve essere JSON" },
        { "POST", "/api/adempimenti/{task}/completamento", null, null, 400, "Richiesta non valida", "Manca il corpo della richiesta" },
        { "POST", "/api/accesso", Json, "{\"nomeUtente\":", 400, "Richiesta non valida", "non è un JSON valido" },
        { "GET", "/api/non-esiste", null, null, 404, "Risorsa non trovata", "non esiste nell'API" },
        { "GET", "/api/adempimenti/abc", null, null, 404, "Risorsa non trovata", "non esiste nell'API" },
        { "DELETE", "/api/adempimenti/{task}", null, null, 405, "Metodo non ammesso", "non accetta il metodo" },
        { "GET", "/api/enti/009056/eventi", null, null, 403, "Accesso non consentito", "non è abilitato" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task BadRequest_ItalianProblemAndNothingWritten(string method, string path, string? contentType, string? body, int status, string title, string detail)
    {
        var client = await AdempimentiApiTests.BearerClientAsync(app, Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        var before = await StateAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{task}", $"{task}", StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Replace("{tornata}", $"{app.TornataId}", StringComparison.Ordinal)));
            request.Content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        }

        var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task InvalidUtf8Body_ItalianProblem400()
    {
        var client = await AdempimentiApiTests.BearerClientAsync(app, Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        var before = await StateAsync();
        // "Bianzè" in Latin-1: 0xE8 followed by a quote is not UTF-8.
        var content = new ByteArrayContent([.. "{\"protocollo\":\"Bianz"u8.ToArray(), 0xE8, .. "\"}"u8.ToArray()]);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);

        var response = await client.PostAsync($"/api/adempimenti/{task}/completamento", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Richiesta non valida", problem.GetProperty("title").GetString());
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Anonymous_AskingForHtml_StillGetsAProblemDocument()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/adempimenti/1");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Accesso richiesto", problem.GetProperty("title").GetString());
    }

    // Every act with its evidence, and the size of every log a refused request could have written to.
    private Task<string?> StateAsync() => app.Database.ScalarAsync<string>("""
        SELECT md5(string_agg(a::text, '|' ORDER BY a.id))
               || (SELECT count(*) FROM adempimento_storia) || '/' || (SELECT count(*) FROM ente_event) || '/' || (SELECT count(*) FROM adempimento_move)
        FROM adempimento_vista a
        """);
}
