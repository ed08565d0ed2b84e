using System.Net;
using System.Text.RegularExpressions;
using Scadenzario.Data.Enti;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The prefettura's tools: search and sort of the comuni, the full list of overdue acts and its CSV, the sollecito.</summary>
public sealed partial class PrefetturaToolsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    // What the comuni's own overdue acts are at the fixture's clock (10 May 2024, 10:00 in Rome), counted apart from the queries under test.
    private const string OverdueInGenova = "FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code WHERE e.province_code = 'GE' AND e.kind = 'comune' AND a.status = 'da_fare' AND a.due_at <= '2024-05-10 08:00Z' AND a.kind IN ('scadenza', 'periodo') AND a.owner IN ('comune', 'secondo-grado')";

    [Theory]
    [InlineData("serra ricco", "010058")]
    [InlineData("RICCÒ", "010058")]
    [InlineData("010001", "010001")]
    public async Task Dashboard_Search_OnlyTheComuniThatMatch(string text, string code)
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var html = await client.GetStringAsync($"/prefettura/GE?cerca={Uri.EscapeDataString(text)}");

        Assert.Contains("id=\"comuni-mostrati\">1<", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"comune-{code}\"", html, StringComparison.Ordinal);
        Assert.Contains($"che corrispondono a «{text}»", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SearchNothingMatches_SaysSoAndShowsNone()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var html = await client.GetStringAsync("/prefettura/GE?cerca=Torino");

        Assert.Contains("id=\"comuni-mostrati\">0<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Sort_ByNameProgressAndOverdue()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var byName = Rows(await client.GetStringAsync("/prefettura/GE?ordina=nome"));
        var byOverdue = Rows(await client.GetStringAsync("/prefettura/GE?ordina=scaduti"));
        var byProgress = Rows(await client.GetStringAsync("/prefettura/GE?ordina=avanzamento"));

        Assert.Equal(67, byName.Count);
        Assert.Equal(["Arenzano", "Avegno", "Bargagli"], byName.Take(3).Select(r => r.Name));
        // Genova votes in the comunali too: it has the most overdue acts of the province.
        Assert.Equal("Genova", byOverdue[0].Name);
        Assert.True(byOverdue.Zip(byOverdue.Skip(1)).All(p => p.First.Overdue >= p.Second.Overdue), "not by overdue acts, most first");
        Assert.True(byProgress.Zip(byProgress.Skip(1)).All(p => p.First.Percent <= p.Second.Percent), "not by progress, least first");
        Assert.Equal(byName.Select(r => r.Name).Order(StringComparer.Ordinal), byOverdue.Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Elenco_FullPageWithoutJavaScript_EveryOverdueActWithItsSollecitoLink()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var dashboard = await client.GetStringAsync("/prefettura/GE");
        // The second list of the dashboard: every overdue act (the first is the assicurazioni's).
        var link = OpenLink().Matches(dashboard)[1].Groups[1].Value;

        var page = await client.GetStringAsync(WebUtility.HtmlDecode(link));

        Assert.StartsWith("/prefettura/GE/elenco?", WebUtility.HtmlDecode(link), StringComparison.Ordinal);
        Assert.Contains("<html", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Adempimenti scaduti dei comuni</h1>", page, StringComparison.Ordinal);
        var overdue = await app.Database.ScalarAsync<long>($"SELECT count(*) {OverdueInGenova}");
        Assert.Equal(Math.Min(overdue, 300), SollecitoLinks().Matches(page).Count);
    }

    [Fact]
    public async Task Elenco_OneComune_OnlyItsActs_AnotherProvincesComuneNotFound()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var page = await client.GetStringAsync($"/prefettura/GE/elenco?comune={WebAppFixture.Arenzano}");
        var foreign = await client.GetAsync($"/prefettura/GE/elenco?comune={WebAppFixture.Savona}");

        Assert.Contains("<h1>Adempimenti scaduti dei comuni: Arenzano</h1>", page, StringComparison.Ordinal);
        Assert.Equal(await app.Database.ScalarAsync<long>($"SELECT count(*) {OverdueInGenova} AND e.code = '{WebAppFixture.Arenzano}'"), SollecitoLinks().Matches(page).Count);
        Assert.DoesNotContain(">Genova</a>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task CsvOfOverdueActs_EveryActOneLine_NotOnlyCounts()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var response = await client.GetAsync($"/prefettura/GE/elenco/csv?tornata={app.TornataId}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("codice_istat;comune;adempimento;consultazione;scadenza;assicurazione_al_prefetto;ultimo_sollecito", lines[0]);
        Assert.Equal(await app.Database.ScalarAsync<long>($"SELECT count(*) {OverdueInGenova}"), lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("010025;Genova;", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("2024-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sollecito_FromThePage_WrittenToTheOutboxAndShownInTheActsHistory()
    {
        await EntiContacts.SetAsync(app.Database.DataSource, WebAppFixture.Arenzano, new("elettorale@comune.arenzano.ge.it", null, null));
        var task = await app.Database.ScalarAsync<long>($"SELECT a.id {OverdueInGenova} AND e.code = '{WebAppFixture.Arenzano}' ORDER BY a.due_at, a.id LIMIT 1");
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var form = await client.GetStringAsync($"/prefettura/GE/sollecito/{task}");
        Assert.Contains("elettorale@comune.arenzano.ge.it", form, StringComparison.Ordinal);

        var sent = await WebAppFixture.PostFormAsync(client, $"/prefettura/GE/sollecito/{task}", $"/prefettura/GE/sollecito/{task}", new() { ["Nota"] = "Provvedere con urgenza." });
        var again = await WebAppFixture.PostFormAsync(client, $"/prefettura/GE/sollecito/{task}", $"/prefettura/GE/sollecito/{task}", new() { ["Nota"] = "Di nuovo." });
        var act = await client.GetStringAsync($"/adempimenti/{task}");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/adempimenti/{task}", sent.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM outbox WHERE kind = 'sollecito' AND ente_code = '{WebAppFixture.Arenzano}' AND recipient = 'elettorale@comune.arenzano.ge.it'"));
        Assert.Contains("Sollecito della Prefettura al comune", act, StringComparison.Ordinal);
        Assert.Contains("nota: Provvedere con urgenza.; destinatari: elettorale@comune.arenzano.ge.it", act, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("già stato sollecitato oggi", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var list = await client.GetStringAsync($"/prefettura/GE/elenco?comune={WebAppFixture.Arenzano}");
        Assert.Contains(", da pref.genova</td>", list, StringComparison.Ordinal);
    }

    private static List<(string Name, int Overdue, int Percent)> Rows(string html) =>
        [.. RowPattern().Matches(html).Select(m => (
            WebUtility.HtmlDecode(m.Groups[1].Value),
            int.Parse(m.Groups[4].Success ? m.Groups[4].Value : "0", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"<tr id=""comune-\d+"">\s*<td><a href=""/enti/\d+/oggi"">([^<]+)</a></td>.*?\((\d+)%\)</span>\s*</td>\s*<td>\s*(<a [^>]*class=""badge bg-danger""[^>]*>(\d+)</a>|<span>0</span>)", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<div class=""elenco"" aria-live=""polite""><a href=""([^""]+)""")]
    private static partial Regex OpenLink();

    [GeneratedRegex(@"<a href=""/prefettura/GE/sollecito/\d+""")]
    private static partial Regex SollecitoLinks();
}
