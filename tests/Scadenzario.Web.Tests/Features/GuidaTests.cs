using System.Net;
using System.Text.RegularExpressions;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>/guida: each role reads its own section first, every section is there, and every page links to it.</summary>
public sealed partial class GuidaTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] Sections = ["comune", "prefettura", "secondo-grado", "amministratore", "adempimenti", "stati", "messaggi"];

    [Theory]
    [InlineData("op.genova", "comune")]
    [InlineData("seg.genova", "comune")]
    [InlineData("pref.genova", "prefettura")]
    [InlineData("uff.genova", "secondo-grado")]
    [InlineData("admin", "amministratore")]
    public async Task EveryRole_SeesItsOwnSectionFirst_AndAllTheOthers(string user, string own)
    {
        var client = await app.LoginAsync(user);
        var response = await client.GetAsync("/guida");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = SectionAttribute().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(own, order[0]);
        Assert.Equal(Sections.Order(StringComparer.Ordinal), order.Order(StringComparer.Ordinal));
        Assert.Contains($"<li><a href=\"#{own}\">", page, StringComparison.Ordinal);
        Assert.Contains("(il suo profilo)", page, StringComparison.Ordinal);
        foreach (var anchor in new[] { "completare", "riaprire", "eventi", "tabella-stati", "tabella-messaggi", "destinatari" })
        {
            Assert.Contains($"id=\"{anchor}\"", page, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(IsoDate(), page);
    }

    [Fact]
    public async Task Guida_SaysTheFiguresTheCodeApplies()
    {
        var page = await (await app.LoginAsync(Users.OperatoreGenova.Name)).GetStringAsync("/guida");

        Assert.Contains($"alle {Scadenzario.Jobs.Digest.DailyDigest.RunsAt.Hour}.{Scadenzario.Jobs.Digest.DailyDigest.RunsAt.Minute:00}", page, StringComparison.Ordinal);
        Assert.Contains($"prossimi {Scadenzario.Data.Adempimenti.ActStates.NextDays} giorni", page, StringComparison.Ordinal);
        foreach (var state in Enum.GetValues<Scadenzario.Data.Adempimenti.ActState>())
        {
            Assert.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(Scadenzario.Data.Adempimenti.ActStates.Label(state))}</th>", page, StringComparison.Ordinal);
        }

        Assert.Contains("/enti/010025/oggi", page, StringComparison.Ordinal);  // the operatore's own day, linked
    }

    /// <summary>Every role's section says how to change a password and how to get one when forgotten, with the link's lifetime the code applies.</summary>
    [Fact]
    public async Task Guida_EveryRolesSection_HasThePasswordLine()
    {
        var page = await (await app.LoginAsync(Users.OperatoreGenova.Name)).GetStringAsync("/guida");

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(page, "<p class=\"guida-password\">"));
        Assert.Contains($"vale {(int)PasswordResets.Lifetime.TotalMinutes} minuti e funziona una volta sola", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_LinksTheGuida_AndTheFormsTheirSection()
    {
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        var pages = new Dictionary<string, string[]>
        {
            [Users.OperatoreGenova.Name] = [$"/enti/{WebAppFixture.Genova}/oggi", $"/enti/{WebAppFixture.Genova}/calendario", $"/enti/{WebAppFixture.Genova}/eventi", $"/enti/{WebAppFixture.Genova}/feed", $"/adempimenti/{task}", "/account/notifiche", "/account/password", "/guida"],
            [Users.PrefetturaGenova.Name] = ["/prefettura/GE", "/ufficio/GE"],
            [Users.UfficioGenova.Name] = ["/ufficio/GE", "/enti/GE/oggi"],
            [Users.Admin.Name] = ["/", "/amministrazione/utenti", "/amministrazione/tornate", "/amministrazione/posta"],
        };
        foreach (var (user, urls) in pages)
        {
            var client = await app.LoginAsync(user);
            foreach (var url in urls)
            {
                var page = await client.GetStringAsync(url);
                Assert.True(page.Contains("<a class=\"me-3 text-white\" href=\"/guida\" id=\"link-guida\">Guida</a>", StringComparison.Ordinal), $"{user}: {url} has no link to the Guida");
            }
        }

        var operatore = await app.LoginAsync(Users.OperatoreGenova.Name);
        Assert.Contains("href=\"/guida#completare\"", await operatore.GetStringAsync($"/adempimenti/{task}"), StringComparison.Ordinal);
        Assert.Contains("href=\"/guida#eventi\"", await operatore.GetStringAsync($"/enti/{WebAppFixture.Genova}/eventi"), StringComparison.Ordinal);
    }

    [GeneratedRegex("data-sezione=\"([a-z-]+)\"")]
    private static partial Regex SectionAttribute();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
