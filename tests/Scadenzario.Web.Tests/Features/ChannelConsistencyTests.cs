using Scadenzario.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// Savona's acts replaced by fourteen written by hand, one per case: overdue with and without an
/// hour, due today with and without an hour, in the next seven days (the last one on the seventh),
/// later, waiting, completed, not applicable, of others (past and coming), the prefettura's, and an
/// event already past. The clock is Friday 10 May 2024, 10:00 in Rome.
/// </summary>
public sealed class ConsistencyFixture : WebAppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var command = Database.DataSource.CreateCommand(WideActs.Sql($"""
            -- The history is append-only (a trigger refuses deletions): lifted for this fixture's database alone.
            ALTER TABLE adempimento_audit DISABLE TRIGGER USER;
            ALTER TABLE adempimento_move DISABLE TRIGGER USER;
            DELETE FROM adempimento_audit WHERE adempimento_id IN (SELECT id FROM adempimento_vista WHERE ente_code = '{Savona}');
            DELETE FROM adempimento_move WHERE adempimento_id IN (SELECT id FROM adempimento_vista WHERE ente_code = '{Savona}');
            DELETE FROM adempimento WHERE ente_code = '{Savona}';
            ALTER TABLE adempimento_audit ENABLE TRIGGER USER;
            ALTER TABLE adempimento_move ENABLE TRIGGER USER;
            INSERT INTO wide_act (tornata_id, ente_code, rule_id, consultation, title, actor, owner, kind, legal_basis,
                start_date, due_date, due_time, due_local, due_at, status, waiting_for, assicurazione_prefetto, festivo,
                calendar_version, completed_at, completed_by)
            VALUES
              ({TornataId}, '{Savona}', 'prova.a', 'europee', 'Prova A scaduto alle 12', 'sindaco', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-08', '12:00', '2024-05-08 12:00', '2024-05-08 10:00Z', 'da_fare', NULL, true, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.b', 'europee', 'Prova B scaduto senza ora', 'ufficio-elettorale', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-09', NULL, '2024-05-10 00:00', '2024-05-09 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.c', 'europee', 'Prova C oggi alle 12', 'giunta', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-10', '12:00', '2024-05-10 12:00', '2024-05-10 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.d', 'europee', 'Prova D periodo che chiude oggi', 'ufficio-elettorale', 'comune', 'periodo', 'art. 1',
               '2024-05-06', '2024-05-10', NULL, '2024-05-11 00:00', '2024-05-10 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.e', 'europee', 'Prova E mercoledì 15', 'segretario', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-15', NULL, '2024-05-16 00:00', '2024-05-15 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.f', 'europee', 'Prova F settimo giorno', 'sindaco', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-17', '12:00', '2024-05-17 12:00', '2024-05-17 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.g', 'europee', 'Prova G ottavo giorno', 'sindaco', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-18', NULL, '2024-05-19 00:00', '2024-05-18 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.h', 'europee', 'Prova H in attesa', 'ufficio-elettorale', 'comune', 'scadenza', 'art. 1',
               NULL, NULL, NULL, NULL, NULL, 'in_attesa', 'event:liste-ammesse', false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.i', 'europee', 'Prova I completato', 'sindaco', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-07', NULL, '2024-05-08 00:00', '2024-05-07 22:00Z', 'completato', NULL, false, false, 't', '2024-05-07 09:00Z', 'op.savona'),
              ({TornataId}, '{Savona}', 'prova.j', 'europee', 'Prova J non applicabile', 'sindaco', 'comune', 'scadenza', 'art. 1',
               NULL, '2024-05-09', '12:00', '2024-05-09 12:00', '2024-05-09 10:00Z', 'non_applicabile', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.k', 'europee', 'Prova K dei candidati, passato', 'candidati', 'altri', 'scadenza', 'art. 1',
               NULL, '2024-05-09', '12:00', '2024-05-09 12:00', '2024-05-09 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.l', 'europee', 'Prova L degli elettori, lunedì', 'elettori', 'altri', 'scadenza', 'art. 1',
               NULL, '2024-05-13', NULL, '2024-05-14 00:00', '2024-05-13 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.m', 'europee', 'Prova M della Prefettura, domenica', 'prefettura', 'prefettura', 'scadenza', 'art. 1',
               NULL, '2024-05-12', '12:00', '2024-05-12 12:00', '2024-05-12 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({TornataId}, '{Savona}', 'prova.n', 'europee', 'Prova N evento passato', 'ufficio-elettorale', 'comune', 'evento', 'art. 1',
               NULL, '2024-05-09', NULL, '2024-05-10 00:00', '2024-05-09 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL);
            """));
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// Every channel, on one fixture, gives the same acts on the same days with the same counts. The
/// expected figures are written here, from the fixture's fourteen acts, not computed by a query.
/// </summary>
public sealed partial class ChannelConsistencyTests(ConsistencyFixture app) : IClassFixture<ConsistencyFixture>
{
    private static readonly string[] Overdue = ["A", "B"];
    private static readonly string[] Today = ["C", "D"];
    private static readonly string[] NextDays = ["E", "F"];
    private static readonly string[] DaSapere = ["M", "L"];

    [Fact]
    public async Task Oggi_ListsOwnActsByStateAndOthersApart()
    {
        var html = await (await app.LoginAsync(Users.OperatoreSavona.Name)).GetStringAsync($"/enti/{WebAppFixture.Savona}/oggi");

        Assert.Contains("id=\"conteggio-scaduti\">2<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"conteggio-oggi\">2<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"conteggio-settimana\">2<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"conteggio-attesa\">1<", html, StringComparison.Ordinal);
        Assert.Equal(Overdue, Letters(Table(html, "scaduti")));
        Assert.Equal(Today, Letters(Table(html, "oggi")));
        Assert.Equal(NextDays, Letters(Table(html, "settimana")));
        Assert.Equal(DaSapere, Letters(Table(html, "da-sapere")));
        // Without an hour, due by the end of its day, and shown on that day.
        Assert.Contains("giovedì 9 maggio 2024", Table(html, "scaduti"), StringComparison.Ordinal);
        Assert.Contains("venerdì 10 maggio 2024</td>", Table(html, "oggi"), StringComparison.Ordinal);
        Assert.DoesNotContain("11 maggio", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarioAndStampa_GiveTheSameStatesOnTheSameDays()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        foreach (var page in new[] { "calendario", "stampa" })
        {
            var html = await client.GetStringAsync($"/enti/{WebAppFixture.Savona}/{page}");

            Assert.Equal(2, Occurrences(html, ">scaduto<"));
            Assert.Equal(2, Occurrences(html, ">scade oggi<"));
            Assert.Equal(2, Occurrences(html, ">in scadenza<"));
            Assert.Equal(3, Occurrences(html, ">da sapere<"));
            Assert.Equal(1, Occurrences(html, ">trascorso<"));
            Assert.Equal(1, Occurrences(html, ">in attesa<"));
        }

        var calendario = await client.GetStringAsync($"/enti/{WebAppFixture.Savona}/calendario");
        var thursday = calendario.IndexOf("Giovedì 9 maggio 2024", StringComparison.Ordinal);
        var friday = calendario.IndexOf("Venerdì 10 maggio 2024", StringComparison.Ordinal);
        var b = calendario.IndexOf("Prova B scaduto senza ora", StringComparison.Ordinal);
        var d = calendario.IndexOf("Prova D periodo che chiude oggi", StringComparison.Ordinal);
        Assert.InRange(b, thursday, friday);
        Assert.True(d > friday);
        Assert.DoesNotContain("11 maggio 2024", calendario, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_HasEveryDatedActOnItsDay_OthersMarkedDaSapere()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);
        var response = await WebAppFixture.PostFormAsync(client, $"/enti/{WebAppFixture.Savona}/feed", $"/enti/{WebAppFixture.Savona}/feed?handler=Rinnova", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync($"/enti/{WebAppFixture.Savona}/feed");
        var url = new Uri(FeedUrl().Match(page).Groups[1].Value).PathAndQuery;

        var calendar = Ical.Net.Calendar.Load(await app.Anonymous().GetStringAsync(url))!;

        // Every act with a date but J, never applicable: A-G, I, K-N.
        Assert.Equal(12, calendar.Events.Count);
        Assert.Equal(["K", "L", "M"], calendar.Events.Where(e => e.Description!.Contains("Stato: da sapere", StringComparison.Ordinal)).Select(e => Letter(e.Summary!)).Order());
        var b = calendar.Events.Single(e => e.Summary == "Prova B scaduto senza ora");
        Assert.Equal(new DateOnly(2024, 5, 9), DateOnly.FromDateTime(b.DtStart!.Value));
        Assert.False(b.DtStart.HasTime);
    }

    [Fact]
    public async Task PrefetturaDashboardAndCsv_CountOnlyTheComunesOwnOverdueActs()
    {
        var client = await app.LoginAsync(Users.PrefetturaSavona.Name);

        var csv = await client.GetStringAsync("/prefettura/SV/csv");
        // 13 applicable, 1 completed, 12 open, 2 overdue (A and B, not K of the candidates), 1 owing the assicurazione (A).
        Assert.Contains($"\r\n{WebAppFixture.Savona};Savona;proclamazione;13;1;12;2;1;7\r\n", csv, StringComparison.Ordinal);

        // The page lists the oldest 300 of the province; the query behind it, unbounded, has Savona's two.
        var overdue = await client.GetStringAsync($"/prefettura/SV/scaduti?tornata={app.TornataId}");
        Assert.DoesNotContain("Prova K", overdue, StringComparison.Ordinal);
        var acts = await new ProvinceDashboardQueries(app.Database.DataSource, app.Clock).OverdueAsync(app.TornataId, "SV", null, false, int.MaxValue);
        Assert.Equal(Overdue, acts.Where(a => a.EnteCode == WebAppFixture.Savona).Select(a => Letter(a.Title)));
        Assert.Equal(new LocalDate(2024, 5, 9), acts.Single(a => a.Title == "Prova B scaduto senza ora").DueDate);

        var dashboard = await client.GetStringAsync($"/prefettura/SV?tornata={app.TornataId}");
        Assert.Contains("Prova M della Prefettura, domenica", Table(dashboard, "prefettura"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_GivesEachActItsState()
    {
        var client = await app.LoginAsync(Users.OperatoreSavona.Name);

        var tasks = await client.GetFromJsonAsync<JsonElement>($"/api/enti/{WebAppFixture.Savona}/adempimenti");

        var states = tasks.EnumerateArray().ToDictionary(t => Letter(t.GetProperty("titolo").GetString()!), t => t.GetProperty("situazione").GetString());
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["A"] = "scaduto", ["B"] = "scaduto", ["C"] = "scade oggi", ["D"] = "scade oggi", ["E"] = "in scadenza", ["F"] = "in scadenza",
                ["G"] = "da fare", ["H"] = "in attesa", ["I"] = "completato", ["J"] = "non applicabile", ["K"] = "da sapere", ["L"] = "da sapere",
                ["M"] = "da sapere", ["N"] = "trascorso",
            },
            states);
        var h = tasks.EnumerateArray().Single(t => t.GetProperty("titolo").GetString() == "Prova H in attesa");
        Assert.Equal("Ricevimento della comunicazione delle liste e candidature ammesse", h.GetProperty("inAttesaDi").GetString());
        var b = tasks.EnumerateArray().Single(t => t.GetProperty("titolo").GetString() == "Prova B scaduto senza ora");
        Assert.Equal("2024-05-09", b.GetProperty("scadenza").GetString());
    }

    [Fact]
    public async Task EnteDay_TheCliDayList_GivesTheSameListsAsOggi()
    {
        var day = await new EnteDayQuery(app.Database.DataSource, app.Clock).RunAsync(WebAppFixture.Savona);

        Assert.Equal(Overdue, day.Overdue.Select(i => Letter(i.Task.Title)));
        Assert.Equal(Today, day.Today.Select(i => Letter(i.Task.Title)));
        Assert.Equal(NextDays, day.NextDays.Select(i => Letter(i.Task.Title)));
        Assert.Equal(["H"], day.Waiting.Select(i => Letter(i.Task.Title)));
        Assert.Equal(DaSapere, day.DaSapere.Select(i => Letter(i.Task.Title)));
    }

    [Fact]
    public async Task Jobs_DigestRemindersAndEscalation_SelectTheSameActs()
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        await using var db = ScadenzarioDb.Create(connection, null);
        var day = new LocalDate(2024, 5, 10);
        var now = app.Clock.GetCurrentInstant();

        // The digest is composed as of the day's start: B, due by the end of the 9th, is overdue.
        var digest = (await ActSelections.DigestAsync(db, new ActClock(RomeTime.ToInstant(day.AtMidnight()), day), CancellationToken.None))
            .Where(r => r.EnteCode == WebAppFixture.Savona).ToList();
        Assert.Equal(Overdue, digest.Where(r => r.Item.State == ActState.Scaduto).Select(r => Letter(r.Item.Task.Title)));
        Assert.Equal(Today, digest.Where(r => r.Item.State == ActState.Oggi).Select(r => Letter(r.Item.Task.Title)));
        Assert.Equal(NextDays, digest.Where(r => r.Item.State == ActState.InScadenza).Select(r => Letter(r.Item.Task.Title)));
        Assert.Equal(6, digest.Count);

        var coming = (await ActSelections.ComingAsync(db, ActClock.At(now), day.PlusDays(7), CancellationToken.None))
            .Where(t => t.EnteCode == WebAppFixture.Savona).Select(t => Letter(t.Title));
        Assert.Equal(["C", "D", "E", "F"], coming);

        // The escalation reports what Oggi and the dashboard call overdue at its instant: A and B; K is the candidates'.
        var escalated = (await ActSelections.OverdueAsync(db, ActClock.At(now), CancellationToken.None))
            .Where(t => t.EnteCode == WebAppFixture.Savona).Select(t => Letter(t.Title));
        Assert.Equal(Overdue, escalated);
    }

    private static string Letter(string title) => Regex.Match(title, "^Prova ([A-N]) ").Groups[1].Value;

    private static List<string> Letters(string html) => [.. Regex.Matches(html, ">Prova ([A-N]) ").Select(m => m.Groups[1].Value)];

    private static int Occurrences(string html, string text) => Regex.Matches(html, Regex.Escape(text)).Count;

    /// <summary>The HTML of the table with id <c>tabella-{id}</c>; empty when the section has none.</summary>
    private static string Table(string html, string id)
    {
        var start = html.IndexOf($"id=\"tabella-{id}\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("id=\"indirizzo-feed\" value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
