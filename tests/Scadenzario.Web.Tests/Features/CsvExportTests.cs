using System.Net;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The prefettura's CSV opens in a spreadsheet as text, whatever a comune's name starts with.</summary>
public sealed class CsvExportTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task PrefetturaCsv_NameStartingAsAFormula_NeutralisedAndQuoted()
    {
        // A name as an import of a tampered file would leave it; its own fixture, so no other test sees it.
        await app.Database.ScalarAsync<long>("""WITH u AS (UPDATE ente SET name = '=HYPERLINK("http://evil.example/x";"Arenzano")' WHERE code = '010001' RETURNING 1) SELECT count(*) FROM u""");
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);

        var response = await client.GetAsync("/prefettura/GE/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var arenzano = Assert.Single(lines, l => l.Contains("010001", StringComparison.Ordinal));
        Assert.StartsWith("010001;\"'=HYPERLINK(\"\"http://evil.example/x\"\";\"\"Arenzano\"\")\";", arenzano, StringComparison.Ordinal);
    }
}
