using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The page of the outgoing mail: every state with its attempts and answers, and the re-queue of a failed message.</summary>
public sealed class PostaTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Posta_FailedMessage_ShownWithItsAnswersAndRequeued()
    {
        var id = await PostaFixture.FailedMessageAsync(app, "segreteria.posta@comune.genova.it");
        var client = await app.LoginAsync(Users.Admin.Name);

        var html = await client.GetStringAsync("/amministrazione/posta");
        Assert.Contains("Non recapitati", html, StringComparison.Ordinal);
        Assert.Contains("segreteria.posta@comune.genova.it", html, StringComparison.Ordinal);
        Assert.Contains("421 4.3.2 servizio non disponibile", html, StringComparison.Ordinal);
        Assert.Contains("riepilogo quotidiano", html, StringComparison.Ordinal);

        var response = await WebAppFixture.PostFormAsync(client, "/amministrazione/posta", "/amministrazione/posta?handler=Ritenta", new() { ["id"] = $"{id}" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Il messaggio n. {id} è di nuovo in coda", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("pending", await app.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {id}"));
        Assert.Equal(Users.Admin.Name, await app.Database.ScalarAsync<string>($"SELECT requeued_by FROM outbox WHERE id = {id}"));

        // Once queued, it is no longer failed: a second re-queue is refused in Italian.
        var again = await WebAppFixture.PostFormAsync(client, "/amministrazione/posta", "/amministrazione/posta?handler=Ritenta", new() { ["id"] = $"{id}" });
        Assert.Contains($"Il messaggio n. {id} non è tra quelli non recapitati: è in coda.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posta_RetryWithoutAntiforgery_RefusedAndNothingChanges()
    {
        var id = await PostaFixture.FailedMessageAsync(app, "ufficio.posta@comune.genova.it");
        var client = await app.LoginAsync(Users.Admin.Name);

        var response = await client.PostAsync("/amministrazione/posta?handler=Ritenta", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = $"{id}" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("failed", await app.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {id}"));
    }
}

/// <summary>A message that failed for good after a long outage, with its last attempt, written as the sender would have.</summary>
public static class PostaFixture
{
    public static async Task<long> FailedMessageAsync(WebAppFixture app, string recipient)
    {
        await using var command = app.Database.DataSource.CreateCommand($"""
            WITH m AS (
                INSERT INTO outbox (recipient, kind, dedup_key, subject, text_body, html_body, status, attempts, next_attempt_at, created_at, last_error)
                VALUES ('{recipient}', 'digest', 'giorno:2024-05-06', 'Scadenze elettorali del 6 maggio', 't', 'h', 'failed', 97, '2024-05-10 05:00Z', '2024-05-06 05:30Z', '421 4.3.2 servizio non disponibile')
                RETURNING id)
            INSERT INTO outbox_attempt (outbox_id, attempt, node, started_at, finished_at, succeeded, smtp_status, smtp_answer)
            SELECT id, 97, 'nodo-1', '2024-05-10 05:00Z', '2024-05-10 05:00Z', false, 421, '421 4.3.2 servizio non disponibile' FROM m
            RETURNING outbox_id
            """);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
