using Scadenzario.Jobs.Scheduling;
using Scadenzario.SchemaChange;

namespace Scadenzario.Web.Tests.SchemaChange;

/// <summary>
/// Issue 15, item 5: every reader gives, on the fixture loaded at migration 0025 and migrated to
/// the latest, the bytes it gave before the schema change (tests/SchemaChange/expected, captured
/// on the code of before it). A difference names the file and its first differing line.
/// </summary>
public sealed class SchemaChangeOutputTests(SchemaChangeApp app) : IClassFixture<SchemaChangeApp>
{
    [Fact]
    public async Task Pages_OfTheComune_AreTheBytesOfBeforeTheSchemaChange()
    {
        var client = await app.LoginAsync(SchemaChangeApp.Operatore);
        var lists = await app.Database.ActAsync(FixtureDatabase.Genova, "comunali.presentazione-liste");
        var spaces = await app.Database.ActAsync(FixtureDatabase.Genova, "propaganda.assegnazione-spazi");
        var reopened = await app.Database.ActAsync(FixtureDatabase.Genova, "tessere.manifesto-rettifica");
        var moved = await app.Database.ScalarAsync<long>(
            $"SELECT min(m.adempimento_id) FROM adempimento_move m JOIN adempimento a ON a.id = m.adempimento_id WHERE a.ente_code = '{FixtureDatabase.Genova}'");

        Snapshot.AssertAll(
        [
            ("oggi-genova.html", await client.GetStringAsync("/enti/010025/oggi")),
            ("calendario-genova-maggio.html", await client.GetStringAsync("/enti/010025/calendario?vista=mese&mese=2024-05")),
            ("calendario-genova-elenco.html", await client.GetStringAsync("/enti/010025/calendario")),
            ("adempimento-presentazione-liste.html", await client.GetStringAsync($"/adempimenti/{lists}")),
            ("adempimento-assegnazione-spazi.html", await client.GetStringAsync($"/adempimenti/{spaces}")),
            ("adempimento-manifesto-rettifica.html", await client.GetStringAsync($"/adempimenti/{reopened}")),
            ("adempimento-spostato.html", await client.GetStringAsync($"/adempimenti/{moved}")),
            ("stampa-genova.html", await client.GetStringAsync("/enti/010025/stampa")),
        ]);
    }

    [Fact]
    public async Task Pages_OfThePrefetturaAndTheTornata_AreTheBytesOfBeforeTheSchemaChange()
    {
        var prefettura = await app.LoginAsync(SchemaChangeApp.Prefettura);
        var admin = await app.LoginAsync(SchemaChangeApp.Admin);
        var prefetturaAct = await app.Database.ActAsync(FixtureDatabase.Genova, "materiale.consegna-timbri-schede");

        Snapshot.AssertAll(
        [
            ("prefettura-ge.html", await prefettura.GetStringAsync("/prefettura/GE")),
            ("prefettura-ge.csv", await prefettura.GetStringAsync("/prefettura/GE/csv")),
            ("prefettura-ge-elenco.html", await prefettura.GetStringAsync("/prefettura/GE/elenco")),
            ("prefettura-ge-elenco.csv", await prefettura.GetStringAsync("/prefettura/GE/elenco/csv")),
            ("prefettura-ge-sollecito.html", await prefettura.GetStringAsync($"/prefettura/GE/sollecito/{await app.Database.ActAsync(FixtureDatabase.Genova, "comunali.presentazione-liste")}")),
            ("prefettura-ge-elenco-assicurazione.html", await prefettura.GetStringAsync("/prefettura/GE/elenco?elenco=assicurazione")),
            ("adempimento-della-prefettura.html", await prefettura.GetStringAsync($"/adempimenti/{prefetturaAct}")),
            ("oggi-arenzano.html", await admin.GetStringAsync("/enti/010001/oggi")),
            ("oggi-rossiglione.html", await admin.GetStringAsync("/enti/010051/oggi")),
            ("tornata.html", await admin.GetStringAsync($"/amministrazione/tornate/{FixtureDatabase.Tornata}")),
        ]);
    }

    [Fact]
    public async Task FeedAndApi_AreTheBytesOfBeforeTheSchemaChange()
    {
        var client = await app.LoginAsync(SchemaChangeApp.Operatore);
        var lists = await app.Database.ActAsync(FixtureDatabase.Genova, "comunali.presentazione-liste");

        Snapshot.AssertAll(
        [
            ("feed-genova.ics", await app.Anonymous().GetStringAsync($"/feed/{FixtureDatabase.FeedToken}.ics")),
            ("api-enti-genova-adempimenti.json", await client.GetStringAsync("/api/enti/010025/adempimenti")),
            ("api-adempimento-presentazione-liste.json", await client.GetStringAsync($"/api/adempimenti/{lists}")),
        ]);
    }

    [Fact]
    public void Mails_ComposedByTheJobs_AreTheBytesOfBeforeTheSchemaChange() =>
        Snapshot.AssertAll(
        [
            ("mail-sollecito.txt", app.Mails["sollecito"]),
            ("mail-digest.txt", app.Mails[JobNames.Digest]),
            ("mail-urgente.txt", app.Mails[JobNames.Reminders]),
            ("mail-escalation.txt", app.Mails[JobNames.Escalation]),
            ("mail-notices.txt", app.Mails[JobNames.Notices]),
        ]);
}
