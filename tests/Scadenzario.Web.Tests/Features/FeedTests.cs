using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Features.Feed;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

public sealed partial class FeedTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Build_LongItalianTextCancelledAndTimed_ValidAndReadBackTheSameByIcalNetAndIcalJs()
    {
        var summary = "Consegna all'ufficiale elettorale; verifica, con attenzione, dei requisiti — perché è così " + new string('è', 60) + " 🗳️ fine";
        var allDay = Task(1, "europee.a", summary, new LocalDate(2024, 6, 9), dueTime: null);
        var timed = Task(2, "europee.b", "Presentazione delle liste", new LocalDate(2024, 3, 31), dueTime: "12:00");
        var gone = Task(3, "europee.c", "Atto non più dovuto", new LocalDate(2024, 6, 1), dueTime: null, AdempimentoStatus.NonApplicabile);
        var feed = FeedCalendar.Build(
            new FeedSettings("Prova, con virgola", Instant.FromUtc(2024, 5, 10, 8, 0), new Uri("https://scadenzario.example/"), AlarmDaysBefore: 1),
            [new FeedTask(allDay, 0), new FeedTask(timed, 2), new FeedTask(gone, 1)], actor => $"l'attore {actor}");
        var bytes = Encoding.UTF8.GetBytes(feed);

        Assert.Empty(ICalendarValidator.Validate(bytes));
        Assert.Contains("X-WR-CALNAME:Scadenzario – Prova\\, con virgola\r\n", feed, StringComparison.Ordinal);

        var net = Ical.Net.Calendar.Load(feed)!;
        var js = await IcalJs.ReadAsync(bytes);
        Assert.Equal(["Europe/Rome"], js.Timezones);
        Assert.Equal(["1-010025-europee.a@scadenzario", "1-010025-europee.b@scadenzario", "1-010025-europee.c@scadenzario"], net.Events.Select(e => e.Uid));
        Assert.Equal(net.Events.Select(e => e.Uid), js.Events.Select(e => e.Uid));
        Assert.Equal([0, 2, 1], js.Events.Select(e => e.Sequence ?? 0));
        Assert.Equal(summary, net.Events[0]!.Summary);
        Assert.Equal(summary, js.Events[0].Summary);
        Assert.Equal(["CONFIRMED", "CONFIRMED", "CANCELLED"], js.Events.Select(e => e.Status));
        Assert.Equal(["https://scadenzario.example/adempimenti/1", "https://scadenzario.example/adempimenti/2", "https://scadenzario.example/adempimenti/3"], js.Events.Select(e => e.Url));
        Assert.Equal(js.Events.Select(e => e.Url), net.Events.Select(e => e.Url?.ToString()));

        // All day: the 9th, ending on the 10th; the reminder at 9:00 of the day before.
        Assert.Equal(("2024-06-09", true, "2024-06-10"), (js.Events[0].Start.Value, js.Events[0].Start.IsDate, js.Events[0].End.Value));
        Assert.Equal("2024-06-08T09:00:00", Assert.Single(js.Events[0].Alarms).Local);
        // 12:00 in Rome on the day the clocks go forward is 10:00 UTC, both to Ical.Net and to ical.js.
        Assert.Equal("2024-03-31T10:00:00.000Z", js.Events[1].End.Utc);
        Assert.Equal(new DateTime(2024, 3, 31, 10, 0, 0, DateTimeKind.Utc), net.Events[1]!.DtEnd!.AsUtc);
        Assert.Equal("2024-03-30T12:00:00", Assert.Single(js.Events[1].Alarms).Local);
        // Nothing rings for a cancelled act.
        Assert.Empty(js.Events[2].Alarms);
    }

    private static Adempimento Task(long id, string rule, string title, LocalDate due, string? dueTime, AdempimentoStatus status = AdempimentoStatus.DaFare) => new()
    {
        Id = id,
        TornataId = 1,
        EnteCode = "010025",
        RuleId = rule,
        Consultation = ConsultationType.Europee,
        Title = title,
        Actor = "comune",
        Kind = RuleKind.Scadenza,
        LegalBasis = "art. 1",
        DueDate = due,
        DueTime = dueTime is null ? null : ClockTime.Parse(dueTime),
        DueLocal = dueTime is null ? due.AtMidnight() : ClockTime.Parse(dueTime).On(due),
        Status = status,
        CalendarVersion = "test",
    };

    [Fact]
    public void Validator_BrokenFeed_ReportsEveryRule()
    {
        var broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDESCRIPTION:a\nb\r\nSUMMARY:a;b\r\nDTSTART;TZID=Europe/Rome:20240609T120000\r\nX-LONG:" + new string('x', 80) + "\r\nEND:VEVENT\r\n";

        var errors = ICalendarValidator.Validate(Encoding.UTF8.GetBytes(broken));

        Assert.Contains(errors, e => e.Contains("bare LF", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("octets", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("without UID", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unescaped", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("without its VTIMEZONE", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("left open", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("PRODID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_SubscribeUrl_IsValidRfc5545WithRomeTimeZoneAndAllDayEvents()
    {
        var (_, url) = await CreateFeedAsync();

        var response = await app.Anonymous().GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var feed = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(ICalendarValidator.Validate(bytes));
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Rome\r\n", feed, StringComparison.Ordinal);
        Assert.Matches("DTSTART;VALUE=DATE:2024[0-9]{4}\r\n", feed);
        Assert.Matches("DTSTART;TZID=Europe/Rome:2024[0-9]{4}T[0-9]{6}\r\n", feed);
        var dated = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista WHERE ente_code = '010025' AND due_date IS NOT NULL AND status <> 'non_applicabile'");
        Assert.Equal(dated, ICalendarValidator.Values(feed, "UID").Count);

        var net = Ical.Net.Calendar.Load(feed)!;
        var js = await IcalJs.ReadAsync(bytes);
        Assert.Equal(dated, net.Events.Count);
        Assert.Equal(net.Events.Select(e => e.Uid), js.Events.Select(e => e.Uid));
        Assert.All(js.Events, e => Assert.Matches("^http://localhost/adempimenti/[0-9]+$", e.Url));
        // The same instants to both readers: every local time resolved through the feed's VTIMEZONE.
        Assert.Equal(
            net.Events.Where(e => e.DtStart!.HasTime).Select(e => e.DtStart!.AsUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture)),
            js.Events.Where(e => !e.Start.IsDate).Select(e => e.Start.Utc));
        Assert.All(js.Events, e => Assert.Empty(e.Alarms));
    }

    [Fact]
    public async Task Feed_MadeWithAReminder_EveryOpenActRingsThreeDaysBeforeItsDeadline()
    {
        var (_, url) = await CreateFeedAsync(promemoria: 3);

        var js = await IcalJs.ReadAsync(await app.Anonymous().GetByteArrayAsync(url));

        var timed = await app.Database.ScalarAsync<long>("SELECT id FROM adempimento_vista WHERE ente_code = '010025' AND status = 'da_fare' AND owner = 'comune' AND due_time IS NOT NULL AND due_time <> '24:00' ORDER BY due_at, id LIMIT 1");
        var allDay = await app.Database.ScalarAsync<long>("SELECT id FROM adempimento_vista WHERE ente_code = '010025' AND status = 'da_fare' AND owner = 'comune' AND due_time IS NULL AND due_date IS NOT NULL ORDER BY due_at, id LIMIT 1");
        foreach (var (id, expected) in new[]
        {
            (timed, await app.Database.ScalarAsync<string>($"SELECT to_char(due_local - interval '3 days', 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM adempimento_vista WHERE id = {timed}")),
            (allDay, await app.Database.ScalarAsync<string>($"SELECT to_char(due_date - 3, 'YYYY-MM-DD') || 'T09:00:00' FROM adempimento_vista WHERE id = {allDay}")),
        })
        {
            var e = js.Events.Single(e => e.Url!.EndsWith($"/adempimenti/{id}", StringComparison.Ordinal));
            Assert.Equal(("DISPLAY", expected), (Assert.Single(e.Alarms).Action, e.Alarms[0].Local));
        }

        var page = await (await app.LoginAsync(Users.OperatoreGenova.Name)).GetStringAsync("/enti/010025/feed");
        Assert.Contains("3 giorni prima", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_DatesMove_UidsStayAndSequenceGrows()
    {
        var (_, url) = await CreateFeedAsync();
        var client = app.Anonymous();
        var before = Events(await client.GetStringAsync(url));

        var service = new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock);
        await service.PostponeAsync(app.TornataId, [WebAppFixture.VotingDay.PlusDays(7)], "rinvio di prova", "test");
        var after = Events(await client.GetStringAsync(url));

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, e => Assert.True(after[e.Key] > e.Value, $"{e.Key}: SEQUENCE {e.Value} -> {after[e.Key]}"));
    }

    [Fact]
    public async Task Feed_RenewedOrRevoked_OldUrlIsGone()
    {
        var (client, first) = await CreateFeedAsync();
        var (_, second) = await CreateFeedAsync(client);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(second)).StatusCode);

        await WebAppFixture.PostFormAsync(client, "/enti/010025/feed", "/enti/010025/feed?handler=Revoca", []);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/feed/" + new string('a', 43) + ".ics")).StatusCode);
    }

    private async Task<(HttpClient Client, string Url)> CreateFeedAsync(HttpClient? client = null, int? promemoria = null)
    {
        client ??= await app.LoginAsync(Users.OperatoreGenova.Name);
        var response = await WebAppFixture.PostFormAsync(client, "/enti/010025/feed", "/enti/010025/feed?handler=Rinnova",
            promemoria is { } days ? new() { ["Promemoria"] = $"{days}" } : []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync("/enti/010025/feed");
        var url = new Uri(FeedUrl().Match(page).Groups[1].Value).PathAndQuery;
        return (client, url);
    }

    private static Dictionary<string, int> Events(string feed)
    {
        var uids = ICalendarValidator.Values(feed, "UID");
        var sequences = ICalendarValidator.Values(feed, "SEQUENCE");
        return uids.Zip(sequences).ToDictionary(p => p.First, p => int.Parse(p.Second, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("id=\"indirizzo-feed\" value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
