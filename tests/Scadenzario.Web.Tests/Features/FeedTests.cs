using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Features.Feed;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

public sealed partial class FeedTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public void Write_LongItalianText_FoldsAt75OctetsAndEscapes()
    {
        var summary = "Consegna all'ufficiale elettorale; verifica, con attenzione, dei requisiti — perché è così " + new string('è', 60) + " 🗳️ fine";
        var feed = ICalendarWriter.Write("Prova, con virgola", Instant.FromUtc(2024, 5, 10, 8, 0),
        [
            new CalendarEvent("1-010025-x@scadenzario", 0, summary, "riga uno\nriga due\\fine", "Europee",
                EventTime.AllDay(new LocalDate(2024, 6, 9)), EventTime.AllDay(new LocalDate(2024, 6, 10))),
        ]);

        Assert.Empty(ICalendarValidator.Validate(Encoding.UTF8.GetBytes(feed)));
        Assert.Equal(ICalendarWriter.EscapeText(summary), ICalendarValidator.Values(feed, "SUMMARY").Single());
        Assert.Equal("riga uno\\nriga due\\\\fine", ICalendarValidator.Values(feed, "DESCRIPTION").Single());
        Assert.Contains("X-WR-CALNAME:Prova\\, con virgola\r\n", feed, StringComparison.Ordinal);
    }

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
        var dated = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento WHERE ente_code = '010025' AND due_date IS NOT NULL AND status <> 'non_applicabile'");
        Assert.Equal(dated, ICalendarValidator.Values(feed, "UID").Count);
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

    private async Task<(HttpClient Client, string Url)> CreateFeedAsync(HttpClient? client = null)
    {
        client ??= await app.LoginAsync(Users.OperatoreGenova.Name);
        var response = await WebAppFixture.PostFormAsync(client, "/enti/010025/feed", "/enti/010025/feed?handler=Rinnova", []);
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
