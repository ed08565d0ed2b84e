using Scadenzario.TestSupport;
using System.Net;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// Savona's acts replaced by four written by hand, whose stored values are codes: X waits for the
/// outcome of the first round (<c>event:ballottaggio-necessario</c>), Y for another act
/// (<c>rule:comunali.trasmissione-liste-commissione</c>), Z is due today "entro le ore 24"
/// (<c>24:00</c>), W on Monday 13 May by the same hour. The clock is Friday 10 May 2024, 10:00 in Rome.
/// </summary>
public sealed class TypedValuesFixture : WebAppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var command = Database.DataSource.CreateCommand(WideActs.Sql($"""
            ALTER TABLE adempimento_audit DISABLE TRIGGER USER;
            ALTER TABLE adempimento_move DISABLE TRIGGER USER;
            DELETE FROM adempimento_audit WHERE adempimento_id IN (SELECT id FROM adempimento_vista WHERE ente_code = '{Savona}');
            DELETE FROM adempimento_move WHERE adempimento_id IN (SELECT id FROM adempimento_vista WHERE ente_code = '{Savona}');
            DELETE FROM adempimento WHERE ente_code = '{Savona}';
            ALTER TABLE adempimento_audit ENABLE TRIGGER USER;
            ALTER TABLE adempimento_move ENABLE TRIGGER USER;
            INSERT INTO wide_act (tornata_id, ente_code, rule_id, consultation, title, actor, owner, kind, legal_basis,
                start_date, due_date, due_time, due_local, due_at, status, waiting_for, assicurazione_prefetto, festivo, calendar_version)
            VALUES
              ({TornataId}, '{Savona}', 'prova.x', 'ballottaggio', 'Prova X in attesa del primo turno', 'ufficio-elettorale', 'comune', 'scadenza', 'art. 1',
               NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:ballottaggio-necessario', false, false, 't'),
              ({TornataId}, '{Savona}', 'prova.y', 'comunali', 'Prova Y in attesa di un altro adempimento', 'sindaco', 'comune', 'scadenza', 'art. 1',
               NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'rule:comunali.trasmissione-liste-commissione', false, false, 't'),
              ({TornataId}, '{Savona}', 'prova.z', 'europee', 'Prova Z entro le ore 24 di oggi', 'segretario', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-10', '24:00', '2024-05-11 00:00', '2024-05-10 22:00Z', 'da_fare', NULL, false, false, 't'),
              ({TornataId}, '{Savona}', 'prova.w', 'europee', 'Prova W entro le ore 24 di lunedì', 'segretario', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-13', '24:00', '2024-05-14 00:00', '2024-05-13 22:00Z', 'da_fare', NULL, false, false, 't');
            """, $"""
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT id, '2024-05-01 08:00Z', 'sincronizzazione', 'creato', NULL, status, '{"{"}"reason": "prova"{"}"}' FROM adempimento_vista WHERE ente_code = '{Savona}';
            """));
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// The stored codes of what an act waits for and of the law's hour never reach a page or the feed:
/// each page that shows these acts says them in Italian.
/// </summary>
public sealed partial class TypedValuesRenderingTests(TypedValuesFixture app) : IClassFixture<TypedValuesFixture>
{
    private const string BallottaggioWaiting = "l'esito del primo turno: se si tiene il ballottaggio";
    private const string RuleWaiting = "l'adempimento «Trasmissione delle liste alla Commissione elettorale circondariale»";

    // What is stored, and must not be shown: the codes and the hour as typed.
    private static readonly string[] Codes = ["event:", "rule:", "ballottaggio-necessario", "comunali.trasmissione-liste-commissione", "24:00"];

    [Theory]
    [InlineData("oggi")]
    [InlineData("calendario")]
    [InlineData("calendario?vista=mese&mese=2024-05")]
    [InlineData("stampa")]
    public async Task EntePages_SayTheHourAndWhatActsWaitFor_InItalian(string page)
    {
        var html = await PageAsync($"/enti/{WebAppFixture.Savona}/{page}");

        Assert.Contains("ore 24", html, StringComparison.Ordinal);
        AssertNoCode(html);
    }

    [Fact]
    public async Task Oggi_ListsTheWaitingActsWithWhatTheyWaitFor()
    {
        var html = await PageAsync($"/enti/{WebAppFixture.Savona}/oggi");

        Assert.Contains(BallottaggioWaiting, html, StringComparison.Ordinal);
        Assert.Contains(RuleWaiting, html, StringComparison.Ordinal);
        Assert.Contains("venerdì 10 maggio 2024, ore 24", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prova.x", BallottaggioWaiting)]
    [InlineData("prova.y", RuleWaiting)]
    [InlineData("prova.z", "venerdì 10 maggio 2024, ore 24")]
    public async Task Dettaglio_SaysTheActInItalian(string rule, string expected)
    {
        var id = await app.Database.ScalarAsync<long>($"SELECT id FROM adempimento_vista WHERE ente_code = '{WebAppFixture.Savona}' AND rule_id = '{rule}'");

        var html = await PageAsync($"/adempimenti/{id}");

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("Creato", html, StringComparison.Ordinal);
        AssertNoCode(html.Replace($"prova.{rule[^1]}", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_DatesTheHour24AtTheEndOfItsDay_WithoutTheCode()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        await WebAppFixture.PostFormAsync(client, $"/enti/{WebAppFixture.Savona}/feed", $"/enti/{WebAppFixture.Savona}/feed?handler=Rinnova", []);
        var page = await client.GetStringAsync($"/enti/{WebAppFixture.Savona}/feed");
        var url = new Uri(FeedUrl().Match(page).Groups[1].Value).PathAndQuery;

        var text = await app.Anonymous().GetStringAsync(url);
        var calendar = Ical.Net.Calendar.Load(text)!;

        var z = calendar.Events.Single(e => e.Summary == "Prova Z entro le ore 24 di oggi");
        Assert.Equal(new DateTime(2024, 5, 11, 0, 0, 0), z.DtEnd!.Value);
        Assert.Contains("ore 24", z.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("24:00", z.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("event:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rule:", text, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string path)
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static void AssertNoCode(string html)
    {
        // Only what a user reads: the visible text, not the markup (scripts, links, attributes).
        var text = Tags().Replace(Scripts().Replace(html, " "), " ");
        foreach (var code in Codes)
        {
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("id=\"indirizzo-feed\" value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
