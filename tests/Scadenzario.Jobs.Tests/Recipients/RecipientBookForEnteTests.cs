using Scadenzario.Data.Recipients;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Recipients;

/// <summary>
/// An ente's pages read only the people its "who receives what" concerns
/// (<see cref="RecipientBook.LoadForEnteAsync"/>); what they say must be what the jobs' whole book
/// (<see cref="RecipientBook.LoadAsync"/>)
/// decides, or the page would promise messages the jobs do not send.
/// </summary>
public sealed class RecipientBookForEnteTests : IAsyncLifetime
{
    private static readonly NotificationSettings NoDigest = NotificationSettings.Everything with { Riepilogo = false };
    private static readonly NotificationSettings NoSollecito = NotificationSettings.Everything with { Sollecito = false };
    private readonly Scenario scenario = new();

    public async Task InitializeAsync()
    {
        await scenario.InitializeAsync();
        try
        {
            await AddPeopleAsync();
        }
        catch
        {
            // xunit does not dispose a class whose initialisation failed: stop the scenario's servers here.
            await scenario.DisposeAsync();
            throw;
        }
    }

    private async Task AddPeopleAsync()
    {
        await Fixtures.ImportAsync(scenario.Database, "GE", "SV");
        // Genova: two users (one without the digest) and a disabled one; the shared segretario, a
        // contact of Genova and Rapallo, is a user of Rondanina in another case, without the digest;
        // GE's prefettura has a user without solleciti; another province's prefettura has its own.
        await People.AddAsync(scenario.Database, "mario.rossi@comune.genova.it", Scenario.Genova, "operatore", NoDigest);
        await People.AddAsync(scenario.Database, "lucia.bianchi@comune.genova.it", Scenario.Genova, "segretario");
        await People.AddAsync(scenario.Database, "spento@comune.genova.it", Scenario.Genova, "operatore", disabled: true);
        await People.AddAsync(scenario.Database, "Segreteria.Generale@Comune.Genova.IT", Scenario.Rondanina, "segretario", NoDigest);
        await People.AddAsync(scenario.Database, "gabinetto@prefettura.genova.it", "GE", RecipientBook.PrefetturaRole, NoSollecito);
        await People.AddAsync(scenario.Database, "elettorale@prefettura.savona.it", "SV", RecipientBook.PrefetturaRole);
    }

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData(Scenario.Genova)]
    [InlineData(Scenario.Rapallo)]
    [InlineData(Scenario.Rondanina)]
    public async Task ForEnte_SaysWhatTheWholeBookSays(string ente)
    {
        RecipientBook whole;
        await using (var connection = await scenario.Database.DataSource.OpenConnectionAsync())
        {
            whole = await RecipientBook.LoadAsync(connection, null, null, CancellationToken.None);
        }

        var own = await RecipientBook.LoadForEnteAsync(scenario.Database.DataSource, ente);

        Assert.Equal(Describe(whole.DescribeEnte(ente)), Describe(own.DescribeEnte(ente)));
        var prefettura = whole.PrefetturaOf(ente);
        Assert.NotNull(prefettura);
        Assert.Equal(prefettura, own.PrefetturaOf(ente));
        Assert.Equal(whole.PrefetturaName(prefettura), own.PrefetturaName(prefettura));
        Assert.Equal(whole.ProvinceOf(prefettura), own.ProvinceOf(prefettura));
        Assert.Equal(Describe(whole.DescribePrefettura(prefettura)), Describe(own.DescribePrefettura(prefettura)));
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            Assert.Equal(whole.ForEnte(ente, kind), own.ForEnte(ente, kind));
            Assert.Equal(whole.ForPrefettura(prefettura, kind), own.ForPrefettura(prefettura, kind));
        }
    }

    [Fact]
    public async Task ForEnte_FollowsTheChoicesOfTheUsersAndOfTheContactsOwners()
    {
        var rapallo = await RecipientBook.LoadForEnteAsync(scenario.Database.DataSource, Scenario.Rapallo);
        var genova = await RecipientBook.LoadForEnteAsync(scenario.Database.DataSource, Scenario.Genova);

        // Rapallo has no users: its contacts, but the shared segretario is a user who turned the digest off.
        Assert.Equal([Scenario.UfficioRapallo], rapallo.ForEnte(Scenario.Rapallo, NotificationKind.Riepilogo));
        Assert.Equal([Scenario.UfficioRapallo, Scenario.SegretarioCondiviso], rapallo.ForEnte(Scenario.Rapallo, NotificationKind.Urgente));
        // Genova has users: they, by their settings; the disabled account is nobody.
        Assert.Equal(["lucia.bianchi@comune.genova.it"], genova.ForEnte(Scenario.Genova, NotificationKind.Riepilogo));
        Assert.Equal(
            ["lucia.bianchi@comune.genova.it", "mario.rossi@comune.genova.it"],
            genova.ForEnte(Scenario.Genova, NotificationKind.Urgente).Order(StringComparer.Ordinal));
        // GE's prefettura has a user, who turned the solleciti off; Savona's user is not GE's.
        Assert.Empty(genova.ForPrefettura(genova.PrefetturaOf(Scenario.Genova)!, NotificationKind.Sollecito));
        Assert.Equal(["gabinetto@prefettura.genova.it"], genova.ForPrefettura(genova.PrefetturaOf(Scenario.Genova)!, NotificationKind.Riepilogo));
    }

    private static IEnumerable<string> Describe(IReadOnlyList<Receiver> receivers) =>
        receivers.Select(r => $"{r.Address}|{r.Name}|{r.Source}|{string.Join(",", r.Receives)}");
}
