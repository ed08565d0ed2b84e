using Scadenzario.Data.Enti;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Data.Tests.Enti;

public sealed class EntiImporterTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Import_Liguria_CreatesComuniProvincesAndPrefetture()
    {
        var rows = Fixtures.Comuni("GE", "SV", "SP", "IM");

        var result = await EntiImporter.ImportAsync(database.DataSource, rows, Fixtures.Clock());

        Assert.Equal(234, result.Comuni);
        Assert.Equal(234, result.Inserted);
        Assert.Equal(4, result.Province);
        Assert.Equal(67, await database.ScalarAsync<int>("SELECT count(*) FROM ente WHERE province_code = 'GE'"));
        Assert.Equal("citta_metropolitana", await database.ScalarAsync<string>("SELECT kind FROM ente WHERE code = 'GE'"));
        Assert.Equal(817402, await database.ScalarAsync<int>("SELECT population FROM ente WHERE code = 'GE'"));
        Assert.Equal("UTG-GE", await database.ScalarAsync<string>("SELECT prefettura_code FROM ente WHERE code = '010025'"));
        Assert.Equal("Prefettura - UTG di Genova", await database.ScalarAsync<string>("SELECT name FROM prefettura WHERE code = 'UTG-GE'"));
    }

    [Fact]
    public async Task Reimport_UpdatesInPlaceAndKeepsContacts()
    {
        var rows = Fixtures.Comuni("GE");
        await EntiImporter.ImportAsync(database.DataSource, rows, Fixtures.Clock());
        await EntiContacts.SetAsync(database.DataSource, "010025", new EnteContacts("elettorale@comune.genova.it", null, null));
        var changed = rows.Select(r => r.IstatCode == "010025" ? r with { Population = 560000 } : r).ToList();

        var result = await EntiImporter.ImportAsync(database.DataSource, changed, Fixtures.Clock());

        Assert.Equal(0, result.Inserted);
        Assert.Equal(67, result.Updated);
        Assert.Equal(560000, await database.ScalarAsync<int>("SELECT population FROM ente WHERE code = '010025'"));
        Assert.Equal("elettorale@comune.genova.it", await database.ScalarAsync<string>("SELECT email_ufficio_elettorale FROM ente WHERE code = '010025'"));
    }

    [Fact]
    public void Read_BrokenRow_NamesTheLineAndImportsNothing()
    {
        var csv = File.ReadLines(Fixtures.ComuniCsvPath).Take(4).ToList();
        csv[2] = csv[2].Replace(",2021,", ",2021,").Replace(",3660,", ",tremila,");

        var error = Assert.Throws<ComuniCsvException>(() => ComuniCsv.Read(new StringReader(string.Join('\n', csv)), "comuni.csv"));

        Assert.Contains("comuni.csv, riga 3: popolazione \"tremila\" non valida", error.Message);
    }

    [Fact]
    public void Read_MissingColumn_IsRefused()
    {
        var error = Assert.Throws<ComuniCsvException>(() => ComuniCsv.Read(new StringReader("istat_code,name\n001001,Agliè\n"), "x.csv"));

        Assert.Contains("mancano le colonne", error.Message);
    }

    [Fact]
    public async Task SetContacts_InvalidEmail_IsRefused()
    {
        await EntiImporter.ImportAsync(database.DataSource, Fixtures.Comuni("GE"), Fixtures.Clock());

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => EntiContacts.SetAsync(database.DataSource, "010025", new EnteContacts("non-una-mail", null, null)));

        Assert.Contains("non valido", error.Message);
    }
}
