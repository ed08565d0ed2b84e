using System.Net;
using Scadenzario.Web.Infrastructure;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>Finding an ente by name: the match itself (homonyms, accents, apostrophes) and what each user may find.</summary>
public sealed class VaiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly EnteInfo[] Enti =
    [
        new("001235", "Samone", "comune", "TO"),
        new("022165", "Samone", "comune", "TN"),
        new("001272", "Torino", "comune", "TO"),
        new("TO", "Torino", "citta_metropolitana", "TO"),
        new("001273", "Torre Canavese", "comune", "TO"),
        new("010058", "Serra Riccò", "comune", "GE"),
        new("010056", "Sant'Olcese", "comune", "GE"),
    ];

    [Fact]
    public void Search_Homonyms_BothWithTheirProvince_TheirOrderByProvince()
    {
        var found = EnteDirectory.Search(Enti, "samone");

        Assert.Equal(["022165", "001235"], found.Select(e => e.Code));
    }

    [Fact]
    public void Search_ExactNameWins_OverNamesThatBeginSo()
    {
        Assert.Equal(["001272", "TO"], EnteDirectory.Search(Enti, "TORINO").Select(e => e.Code));
        Assert.Equal(["001272", "TO", "001273"], EnteDirectory.Search(Enti, "tor").Select(e => e.Code));
    }

    [Fact]
    public void Search_IgnoresAccentsApostrophesAndSpaces()
    {
        Assert.Equal(["010058"], EnteDirectory.Search(Enti, "  serra   RICCO ").Select(e => e.Code));
        Assert.Equal(["010056"], EnteDirectory.Search(Enti, "sant olcese").Select(e => e.Code));
        Assert.Equal(["010056"], EnteDirectory.Search(Enti, "olcese").Select(e => e.Code));
        Assert.Empty(EnteDirectory.Search(Enti, "'"));
    }

    [Fact]
    public async Task Vai_ByName_OneVisibleEnte_GoesToIt_OthersAreNeverNamed()
    {
        var operatore = await app.LoginAsync(Users.OperatoreGenova.Name);

        var own = await operatore.GetAsync("/vai?ente=g%C3%A9nova");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal($"/enti/{WebAppFixture.Genova}/oggi", own.Headers.Location!.OriginalString);

        var other = await operatore.GetStringAsync("/vai?ente=Arenzano");
        Assert.Contains("id=\"nessun-ente\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain(WebAppFixture.Arenzano, other, StringComparison.Ordinal);

        var prefettura = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var province = await prefettura.GetAsync("/vai?provincia=genova");
        Assert.Equal("/prefettura/GE", province.Headers.Location!.OriginalString);
        var savona = await prefettura.GetStringAsync("/vai?provincia=savona");
        Assert.Contains("id=\"nessun-ente\"", savona, StringComparison.Ordinal);
    }
}
