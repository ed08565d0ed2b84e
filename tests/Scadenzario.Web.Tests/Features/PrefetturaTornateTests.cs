using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The dashboard's list of tornate is shared between requests: a new tornata must still show at once.</summary>
public sealed class PrefetturaTornateTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Dashboard_NewTornataInTheProvince_ShowsOnTheNextRequest()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);
        const string name = "Referendum di prova";
        Assert.DoesNotContain(name, await client.GetStringAsync("/prefettura/GE"), StringComparison.Ordinal);

        var tornate = new TornataService(app.Database.DataSource, Fixtures.Calendars, app.Clock);
        var tornata = await tornate.CreateAsync(name, [new LocalDate(2024, 6, 2)]);
        await tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");

        Assert.Contains(name, await client.GetStringAsync("/prefettura/GE"), StringComparison.Ordinal);
    }
}
