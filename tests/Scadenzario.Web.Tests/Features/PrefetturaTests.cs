using System.Net;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

public sealed partial class PrefetturaTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Dashboard_ComuneCompletesAnAct_ProgressMoves()
    {
        var prefettura = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var before = Completed(await prefettura.GetStringAsync("/prefettura/GE"), WebAppFixture.Genova);

        var comune = await app.LoginAsync(Users.OperatoreGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        await WebAppFixture.PostFormAsync(comune, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = "PG/2024/7" });

        var after = Completed(await prefettura.GetStringAsync("/prefettura/GE"), WebAppFixture.Genova);
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task Dashboard_EveryComuneOfTheProvince_WithPhaseOverdueAndAssicurazioni()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var html = await client.GetStringAsync("/prefettura/GE");

        var comuni = await app.Database.ScalarAsync<long>("SELECT count(*) FROM ente WHERE province_code = 'GE' AND kind = 'comune'");
        Assert.Contains($"id=\"comuni-mostrati\">{comuni}<", html, StringComparison.Ordinal);
        Assert.Contains("<td>preparazione</td>", html, StringComparison.Ordinal);
        Assert.Contains("In attesa dell'assicurazione al Prefetto", html, StringComparison.Ordinal);
        Assert.Contains("role=\"progressbar\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_FilterByConsultationAndState_NarrowsTheComuni()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var comunali = await client.GetStringAsync("/prefettura/GE?consultazione=comunali");
        var regular = await client.GetStringAsync("/prefettura/GE?stato=in-regola");

        Assert.Contains("id=\"comuni-mostrati\">1<", comunali, StringComparison.Ordinal);
        Assert.Contains("id=\"comune-010025\"", comunali, StringComparison.Ordinal);
        Assert.Contains("id=\"comuni-mostrati\">0<", regular, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueLists_LoadedOnDemand_OldestFirstAndAssicurazioniOnly()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var all = await client.GetStringAsync($"/prefettura/GE/scaduti?tornata={app.TornataId}");
        var assicurazioni = await client.GetStringAsync($"/prefettura/GE/scaduti?tornata={app.TornataId}&elenco=assicurazione");

        var overdue = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code WHERE e.province_code = 'GE' AND a.status = 'da_fare' AND a.due_at <= '2024-05-10 08:00Z'");
        var owing = await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_vista a JOIN ente e ON e.code = a.ente_code WHERE e.province_code = 'GE' AND a.status = 'da_fare' AND a.due_at <= '2024-05-10 08:00Z' AND a.assicurazione_prefetto");
        Assert.Equal(Math.Min(overdue, 300), Rows().Matches(all).Count);
        Assert.Equal(Math.Min(owing, 300), Rows().Matches(assicurazioni).Count);
        Assert.DoesNotContain("<html", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Province_OneLinePerComuneWithBom()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var response = await client.GetAsync("/prefettura/GE/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("codice_istat;comune;fase;", lines[0], StringComparison.Ordinal);
        Assert.Equal(await app.Database.ScalarAsync<long>("SELECT count(*) FROM ente WHERE province_code = 'GE' AND kind = 'comune'"), lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("010025;Genova;", StringComparison.Ordinal));
    }

    private static int Completed(string html, string comune)
    {
        var match = CompletedPattern().Match(html[html.IndexOf($"id=\"comune-{comune}\"", StringComparison.Ordinal)..]);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<td><a href=\"/adempimenti/")]
    private static partial Regex Rows();

    [GeneratedRegex(@"(\d+) su \d+ \(")]
    private static partial Regex CompletedPattern();
}
