using NodaTime;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Digest;

/// <summary>Who receives the digest: the users of an ente by their settings, its contacts only when it has none, each address once.</summary>
public sealed class DigestRecipientsTests : IAsyncLifetime
{
    private static readonly LocalDateTime ListsMorning = new(2024, 5, 10, 7, 30);
    private static readonly NotificationSettings NoDigest = NotificationSettings.Everything with { Riepilogo = false };
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Digest_EnteWithUsers_GoesToTheUsersWhoWantIt_NotToItsContacts()
    {
        await People.AddAsync(scenario.Database, "mario.rossi@comune.genova.it", Scenario.Genova, "operatore", NoDigest);
        await People.AddAsync(scenario.Database, "lucia.bianchi@comune.genova.it", Scenario.Genova, "segretario");
        await People.AddAsync(scenario.Database, "disattivato@comune.genova.it", Scenario.Genova, "operatore", disabled: true);

        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        // Lucia (never chose: everything); Mario turned the digest off; the disabled account gets
        // nothing; Genova's contacts give way to its users; Rapallo, without users, keeps its contacts.
        Assert.Equal(
            new[] { "lucia.bianchi@comune.genova.it", Scenario.SegretarioCondiviso, Scenario.UfficioRapallo }.Order(StringComparer.Ordinal),
            mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.Contains("Comune di Genova (010025)", Assert.Single(mails, m => m.To == "lucia.bianchi@comune.genova.it").Text);
        var segretario = Assert.Single(mails, m => m.To == Scenario.SegretarioCondiviso);
        Assert.Contains("– Comune di Rapallo:", segretario.Subject);
        Assert.DoesNotContain("Comune di Genova", segretario.Text);
    }

    [Fact]
    public async Task Digest_UserOfOneComuneAndContactOfAnother_GetsOneMessageWithBoth()
    {
        // The shared segretario signs in for Genova, with the address in another case; Rapallo has no users.
        await People.AddAsync(scenario.Database, "Segreteria.Generale@Comune.Genova.it", Scenario.Genova, "segretario");

        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        var segretario = Assert.Single(mails, m => m.To.Equals(Scenario.SegretarioCondiviso, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("2 enti", segretario.Subject);
        Assert.Contains("Comune di Genova (010025)", segretario.Text);
        Assert.Contains("Comune di Rapallo (010046)", segretario.Text);
        Assert.Equal(2, mails.Count);  // and Rapallo's ufficio
    }

    [Fact]
    public async Task Digest_ContactWhoIsAUserThatTurnedItOff_GetsNoneUnderEitherHat()
    {
        await People.AddAsync(scenario.Database, Scenario.SegretarioCondiviso, Scenario.Genova, "segretario", NoDigest);

        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, ListsMorning);

        Assert.Equal([Scenario.UfficioRapallo], mails.Select(m => m.To));
    }

    [Fact]
    public async Task Digest_PrefetturaUser_GetsThePrefetturasOwnActsWithTheComuniCounted()
    {
        await People.AddAsync(scenario.Database, "gabinetto@prefettura.genova.it", "GE", RecipientBook.PrefetturaRole);

        // 3 June 2024, 6 days before the vote: the ballots and stamps are the prefettura's to deliver by 6 June (day -3),
        // their printing and delivery window closes on 7 June (day -2); both for Genova and Rapallo.
        var mails = await scenario.RunAndDeliverAsync(JobNames.Digest, new LocalDateTime(2024, 6, 3, 7, 30));

        var prefettura = Assert.Single(mails, m => m.To == "gabinetto@prefettura.genova.it");
        Assert.Contains("Adempimenti della Prefettura - UTG di Genova", prefettura.Text);
        Assert.Contains("- Consegna ai sindaci di timbri e schede\n  Promemoria: scade tra 3 giorni\n  Scade giovedì 6 giugno 2024 · per 2 comuni\n", prefettura.Text);
        Assert.Contains("- Stampa e recapito delle schede di votazione\n  Scade venerdì 7 giugno 2024 · per 2 comuni\n", prefettura.Text);
        Assert.Contains("http://localhost:5080/prefettura/GE", prefettura.Text);
        // A prefettura's act is never in the comune's list of its own work.
        Assert.DoesNotContain("Consegna ai sindaci di timbri e schede", Assert.Single(mails, m => m.To == Scenario.UfficioGenova).Text);
        // The prefettura has a user: its contact address no longer receives.
        Assert.DoesNotContain(mails, m => m.To == Scenario.PrefetturaGenova);
    }
}
