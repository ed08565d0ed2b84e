using System.Net;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.SecondoGrado;

/// <summary>
/// The election of the presidente della provincia di Prato through the pages alone, on the samples of
/// samples/secondo-grado/prato: the candidacies uploaded, examined, the count of every fascia, the
/// proclamation and the verbale in both forms; after it nothing more is recorded.
/// </summary>
public sealed class PresidenteWorkflowTests(PratoFixture app) : IClassFixture<PratoFixture>
{
    private string Base => $"/ufficio/PO/tornate/{app.TornataPrato}";

    [Fact]
    public async Task Workflow_FromCandidaciesToVerbale()
    {
        app.Clock.Reset(PratoFixture.Rome(PratoFixture.VotoPrato.PlusDays(-33), 10));
        var client = await app.LoginAsync(PratoFixture.Ufficio);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, Base, $"{Base}?handler=Apri", new() { ["SeggiElettorali"] = "1" })).StatusCode);
        foreach (var file in Directory.GetFiles(PratoFixture.Samples, "attestazione-*.json").Order())
        {
            var comune = Regex.Match(await File.ReadAllTextAsync(file), "\"comune\": \"([0-9]+)\"").Groups[1].Value;
            var page = $"{Base}/attestazione?comune={comune}";
            Assert.Equal(HttpStatusCode.Redirect, (await UfficioElettoraleTests.UploadAsync(client, page, $"{page}&handler=Carica", file)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFixture.PostFormAsync(client, $"{Base}/elettorato", $"{Base}/elettorato?handler=Pubblica", [])).StatusCode);
        var presidente = $"{Base}/presidente";
        foreach (var file in new[] { "candidatura-presidente-lenzi.json", "candidatura-presidente-pacini.json" })
        {
            var response = await UfficioElettoraleTests.UploadAsync(client, $"{presidente}/candidatura", $"{presidente}/candidatura?handler=Carica", Path.Combine(PratoFixture.Samples, file));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{file}: {await response.Content.ReadAsStringAsync()}");
        }

        var esame = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, presidente, $"{presidente}?handler=Esamina", [])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"rapporto\"", esame, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(esame, "<span class=\"esito\">ammessa</span>").Count);

        // Too early: a fascia is missing, the proclamation says so and writes nothing.
        var early = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, presidente, $"{presidente}?handler=Proclama", [])).Content.ReadAsStringAsync());
        Assert.Contains("Manca lo scrutinio per il presidente delle fasce", early, StringComparison.Ordinal);

        var scrutinio = await UfficioElettoraleTests.UploadAsync(client, $"{presidente}/scrutinio", $"{presidente}/scrutinio?handler=Carica",
            Path.Combine(PratoFixture.Samples, "scrutinio-presidente.json"));
        Assert.True(scrutinio.StatusCode == HttpStatusCode.Redirect, await scrutinio.Content.ReadAsStringAsync());

        var proclamazione = WebUtility.HtmlDecode(await (await WebAppFixture.PostFormAsync(client, presidente, $"{presidente}?handler=Proclama", [])).Content.ReadAsStringAsync());
        var eletto = await app.Database.ScalarAsync<string>(
            $"SELECT c.nome FROM sg_proclamazione_presidente p JOIN sg_candidatura_presidente c ON c.id = p.eletto_id JOIN sg_ufficio u ON u.id = p.ufficio_id WHERE u.tornata_id = {app.TornataPrato}");
        Assert.NotNull(eletto);
        Assert.Contains($"<strong>{eletto}</strong>", proclamazione, StringComparison.Ordinal);
        Assert.Contains("id=\"link-verbale-presidente\"", proclamazione, StringComparison.Ordinal);

        var html = await client.GetAsync($"{presidente}/verbale");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains(eletto, await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var testo = await client.GetAsync($"{presidente}/verbale?formato=testo");
        Assert.Equal("text/plain", testo.Content.Headers.ContentType!.MediaType);
        Assert.Contains(eletto, await testo.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Proclaimed: the page offers no more forms, and a second proclamation is refused.
        Assert.DoesNotContain("handler=Proclama", await client.GetStringAsync(presidente), StringComparison.Ordinal);
        await WebAppFixture.PostFormAsync(client, presidente, $"{presidente}?handler=Proclama", []);
        Assert.Equal(1, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM sg_proclamazione_presidente p JOIN sg_ufficio u ON u.id = p.ufficio_id WHERE u.tornata_id = {app.TornataPrato}"));
    }
}
