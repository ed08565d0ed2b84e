using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Api;

public sealed class AdempimentiApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task List_OwnEnte_ReturnsTasksInDueOrder()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var tasks = await client.GetFromJsonAsync<JsonElement>("/api/enti/010025/adempimenti?stato=da_fare");

        var expected = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista WHERE ente_code = '010025' AND status = 'da_fare'");
        Assert.Equal(expected, tasks.GetArrayLength());
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal("010025", t.GetProperty("ente").GetString()));
        Assert.True(tasks[0].TryGetProperty("baseGiuridica", out _));
    }

    [Fact]
    public async Task Complete_ThenAgain_SecondIsProblem409InItalian()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var first = await client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "API/1", nota = "da gestionale" });
        var second = await client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "API/2" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("completato", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stato").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Contains("già stato completato", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OtherEntesTask_IsProblem404()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Savona);

        var response = await client.GetAsync($"/api/adempimenti/{task}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Anonymous_IsProblem401()
    {
        var response = await app.Anonymous().GetAsync("/api/adempimenti/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task RecordEvent_UnknownEvent_IsProblem422ListingTheKnownOnes()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var response = await client.PostAsJsonAsync("/api/enti/010025/eventi", new { tornata = app.TornataId, evento = "festa", giorno = "2024-05-10" });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("liste-ammesse", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerToken_OwnEnteServed_OtherEnteRefused_PagesNotOpened()
    {
        var client = await BearerClientAsync(app, Users.OperatoreGenova.Name);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/enti/010025/adempimenti")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/enti/009056/adempimenti")).StatusCode);
        var page = await client.GetAsync("/enti/010025/oggi");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task BearerLogin_WrongPassword_IsProblem401()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/accesso", new { nomeUtente = Users.SegretarioGenova.Name, password = "sbagliata" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("non corretti", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A client of another system: no cookies, a bearer token from POST /api/accesso.</summary>
    public static async Task<HttpClient> BearerClientAsync(WebAppFixture app, string user)
    {
        var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await client.PostAsJsonAsync("/api/accesso", new { nomeUtente = user, password = WebAppFixture.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        var document = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/enti/{ente}/adempimenti", out _));
        Assert.True(paths.TryGetProperty("/api/adempimenti/{id}/completamento", out _));
        Assert.True(paths.TryGetProperty("/api/enti/{ente}/eventi", out _));
        Assert.True(paths.TryGetProperty("/api/accesso", out _));
    }
}
