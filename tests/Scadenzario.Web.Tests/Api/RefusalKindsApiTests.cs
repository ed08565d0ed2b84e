using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Api;

/// <summary>
/// Each kind of refusal answers its own status, with the refusal's Italian reason as the detail:
/// not found 404, conflict 409 (an act already completed, a version changed meanwhile, nothing to
/// reopen), refused by a rule and invalid input 422. Nothing is written by a refused request.
/// </summary>
public sealed class RefusalKindsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task RecordEvent_UnknownTornata_IsProblem404()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var response = await client.PostAsJsonAsync("/api/enti/010025/eventi", new { tornata = 999_999, evento = "liste-ammesse", giorno = "2024-05-13" });

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Risorsa non trovata", problem.GetProperty("title").GetString());
        Assert.Equal("Tornata 999999 inesistente.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RecordEvent_AlreadyRecordedOnAnotherDay_IsProblem409SayingHowTheApiCorrectsIt()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/enti/009056/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-08" })).StatusCode);
        var moves = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move");

        var again = await client.PostAsJsonAsync("/api/enti/009056/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-07" });

        var detail = (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("detail").GetString()!;
        Assert.Contains("è già registrato per l'ente 009056 con il giorno mercoledì 8 maggio 2024", detail, StringComparison.Ordinal);
        // The API's own fields, not the page's button nor the command line's option.
        Assert.Contains("inviare di nuovo l'evento con \"correggi\": true e il \"motivo\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("«Correggi»", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("--correggi", detail, StringComparison.Ordinal);
        Assert.Equal(moves, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move"));
    }

    [Fact]
    public async Task Complete_AlreadyCompleted_IsProblem409NamingWhoCompletedIt()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "API/409" })).StatusCode);

        var again = await client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "API/410" });

        var problem = await ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("Richiesta in conflitto", problem.GetProperty("title").GetString());
        Assert.Contains("è già stato completato", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("API/409", await app.Database.ScalarAsync<string>($"SELECT protocol_number FROM adempimento_vista WHERE id = {task}"));
    }

    [Fact]
    public async Task Reopen_AnOpenAct_IsProblem409()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var response = await client.PostAsJsonAsync($"/api/adempimenti/{task}/riapertura", new { motivo = "errore" });

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal($"L'adempimento {task} non è completato: non c'è nulla da riaprire.", problem.GetProperty("detail").GetString());
    }

    /// <summary>
    /// Another session changes the act between the API's read and its write: the test holds the
    /// row's lock with its own update, waits (polling PostgreSQL) until the API's write waits for
    /// it, then commits; the API's write then finds a newer version and is refused.
    /// </summary>
    [Fact]
    public async Task Complete_VersionChangedMeanwhile_IsProblem409AndWritesNothing()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        var audit = await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_storia WHERE adempimento_id = {task}");

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var update = new NpgsqlCommand($"UPDATE adempimento SET row_version = row_version + 1 WHERE id = {task}", connection, transaction))
        {
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var request = client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "API/stale" });
        await WaitUntilSomeoneWaitsForALockAsync(request);
        await transaction.CommitAsync();
        var response = await request;

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal($"L'adempimento {task} è stato modificato da un'altra sessione nel frattempo: ricaricare e riprovare.", problem.GetProperty("detail").GetString());
        Assert.Equal("da_fare", await app.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {task}"));
        Assert.Equal(audit, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_storia WHERE adempimento_id = {task}"));
    }

    [Fact]
    public async Task RecordEvent_DayInTheFuture_IsProblem422RefusedByTheRule()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);

        var response = await client.PostAsJsonAsync("/api/enti/010025/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2030-01-07" });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Richiesta non accettata", problem.GetProperty("title").GetString());
        Assert.Contains("data futura", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM ente_event WHERE day = '2030-01-07'"));
    }

    [Fact]
    public async Task Complete_WithoutProtocolOrNote_IsProblem422InvalidInput()
    {
        var client = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var response = await client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = " " });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Per completare un adempimento indicare il numero di protocollo o una nota.", problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    // Polls until a session of this database waits for a lock (the API's write waiting for the
    // test's); fails rather than hangs if the request ends first or after half a minute.
    private async Task WaitUntilSomeoneWaitsForALockAsync(Task request)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await app.Database.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0)
        {
            Assert.False(request.IsCompleted, "The request ended before it waited for the lock.");
            Assert.True(DateTime.UtcNow < deadline, "The request never waited for the lock.");
            await Task.Delay(20);
        }
    }
}
