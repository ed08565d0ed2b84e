using NodaTime;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Enti;

/// <summary>Changing an ente's contacts: every change in the history, a refused value changes nothing, the segretario follows his address.</summary>
public sealed class ContactEditorTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private const string Rapallo = "010046";
    private const string Recco = "010047";
    private static readonly Instant At = Instant.FromUtc(2024, 5, 10, 8, 30);
    private readonly TestDatabase database = new();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
        await EntiContacts.SetAsync(database.DataSource, Genova, new("elettorale@comune.genova.it", "segreteria@comuni.example.it", null));
        await EntiContacts.SetAsync(database.DataSource, Rapallo, new(null, "Segreteria@Comuni.example.it", null));
        await EntiContacts.SetAsync(database.DataSource, Recco, new(null, "segreteria@comuni.example.it", null));
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Save_ChangedFields_WrittenWithOneHistoryRowEach()
    {
        var saved = await ContactEditor.SaveAsync(database.DataSource, Genova, new Dictionary<ContactField, string?>
        {
            [ContactField.EmailUfficioElettorale] = " nuovo.elettorale@comune.genova.it ",
            [ContactField.Sindaco] = "Marco Bucci",
            [ContactField.Pec] = "comunegenova@postemailcertificata.it",
            [ContactField.EmailSegretario] = "segreteria@comuni.example.it",   // unchanged
        }, [], "op.genova", At);

        Assert.Equal(3, saved.Changed);
        Assert.Equal("nuovo.elettorale@comune.genova.it", await database.ScalarAsync<string>($"SELECT email_ufficio_elettorale FROM ente WHERE code = '{Genova}'"));
        Assert.Equal("Marco Bucci", await database.ScalarAsync<string>($"SELECT sindaco FROM ente_contatto WHERE ente_code = '{Genova}'"));
        var history = await ContactHistory.OfEnteAsync(database.DataSource, Genova);
        var web = history.Where(h => h.Actor == "op.genova").OrderBy(h => h.Field).ToList();
        Assert.Equal(
            [
                new ContactChange(At, "op.genova", ContactField.EmailUfficioElettorale, "elettorale@comune.genova.it", "nuovo.elettorale@comune.genova.it"),
                new ContactChange(At, "op.genova", ContactField.Pec, null, "comunegenova@postemailcertificata.it"),
                new ContactChange(At, "op.genova", ContactField.Sindaco, null, "Marco Bucci"),
            ],
            web);
        // The CLI's changes are in the same history.
        Assert.Contains(history, h => h.Actor == EntiContacts.CliActor && h.Field == ContactField.EmailSegretario && h.To == "segreteria@comuni.example.it");
    }

    [Fact]
    public async Task Save_OneAddressRefused_NothingChanges()
    {
        var before = await database.ScalarAsync<long>("SELECT count(*) FROM contatto_storico");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => ContactEditor.SaveAsync(database.DataSource, Genova, new Dictionary<ContactField, string?>
        {
            [ContactField.Sindaco] = "Marco Bucci",
            [ContactField.EmailSindaco] = "sindaco@comune.genova.it, altro@example.it",
        }, [], "op.genova", At));

        Assert.StartsWith("Email del sindaco: «sindaco@comune.genova.it, altro@example.it» contiene più di un indirizzo", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.ScalarAsync<long>("SELECT count(*) FROM contatto_storico"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM ente_contatto WHERE sindaco IS NOT NULL OR email_sindaco IS NOT NULL"));
    }

    [Fact]
    public async Task Save_BlankField_ClearsIt()
    {
        await ContactEditor.SaveAsync(database.DataSource, Genova, new Dictionary<ContactField, string?> { [ContactField.EmailUfficioElettorale] = "  " }, [], "pref.genova", At);

        Assert.Null(await database.ScalarAsync<string>($"SELECT email_ufficio_elettorale FROM ente WHERE code = '{Genova}'"));
        Assert.Contains(await ContactHistory.OfEnteAsync(database.DataSource, Genova),
            h => h.Actor == "pref.genova" && h.From == "elettorale@comune.genova.it" && h.To is null);
    }

    [Fact]
    public async Task Save_NewSegretario_AlsoInTheChosenComuniThatShareHim()
    {
        var card = await ContactCard.LoadAsync(database.DataSource, Genova);
        Assert.Equal(["Rapallo", "Recco"], card!.SegretarioAlsoFor.Select(e => e.Name));

        var saved = await ContactEditor.SaveAsync(database.DataSource, Genova, new Dictionary<ContactField, string?>
        {
            [ContactField.Segretario] = "Anna Verdi",
            [ContactField.EmailSegretario] = "anna.verdi@segretari.example.it",
        }, [Rapallo], "pref.genova", At);

        Assert.Equal(["Rapallo"], saved.SegretarioAlsoFor.Select(e => e.Name));
        Assert.Equal("anna.verdi@segretari.example.it", await database.ScalarAsync<string>($"SELECT email_segretario FROM ente WHERE code = '{Rapallo}'"));
        Assert.Equal("Anna Verdi", await database.ScalarAsync<string>($"SELECT segretario FROM ente_contatto WHERE ente_code = '{Rapallo}'"));
        Assert.Equal("segreteria@comuni.example.it", await database.ScalarAsync<string>($"SELECT email_segretario FROM ente WHERE code = '{Recco}'"));
        Assert.Contains(await ContactHistory.OfEnteAsync(database.DataSource, Rapallo),
            h => h.Field == ContactField.EmailSegretario && h.From == "Segreteria@Comuni.example.it" && h.To == "anna.verdi@segretari.example.it");
    }

    [Fact]
    public async Task History_AnyChange_RefusedByTheDatabase()
    {
        await ContactEditor.SaveAsync(database.DataSource, Genova, new Dictionary<ContactField, string?> { [ContactField.Sindaco] = "Marco Bucci" }, [], "op.genova", At);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => database.ScalarAsync<int>("UPDATE contatto_storico SET actor = 'altro'"));

        Assert.Equal("42501", error.SqlState);
    }
}
