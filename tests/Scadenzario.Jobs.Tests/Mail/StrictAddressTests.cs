using Scadenzario.Data;
using Scadenzario.Data.Enti;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Mail;

/// <summary>
/// One mailbox per address, wherever an address enters: lists, display names, quoted local parts and
/// control characters are refused with an Italian reason, and a refusal changes nothing in the
/// database; the addresses already stored that the check refuses are reported.
/// </summary>
public sealed class StrictAddressTests : IAsyncLifetime
{
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData("x@y.it, evil@z.it", "contiene più di un indirizzo")]
    [InlineData("x@y.it; evil@z.it", "contiene più di un indirizzo")]
    [InlineData("x@y.it evil@z.it", "contiene più di un indirizzo")]
    [InlineData("Ufficio elettorale <elettorale@comune.genova.it>", "contiene un nome oltre all'indirizzo")]
    [InlineData("\"ufficio elettorale\"@comune.genova.it", "tra virgolette")]
    [InlineData("elettorale@comune.genova.it\r\nBcc: evil@z.it", "caratteri di controllo")]
    [InlineData("elettorale\t@comune.genova.it", "caratteri di controllo")]
    [InlineData("elettorale comune@genova.it", "contiene spazi")]
    [InlineData("elettorale.comune.genova.it", "una sola @")]
    [InlineData(".elettorale@comune.genova.it", "prima della @")]
    [InlineData("elettorale..capo@comune.genova.it", "prima della @")]
    [InlineData("elettorale@localhost", "dopo la @")]
    [InlineData("elettorale@-comune.genova.it", "dopo la @")]
    [InlineData("", "è vuoto")]
    public async Task SetContacts_NotOneMailbox_RefusedInItalianAndNothingChanges(string address, string reason)
    {
        var before = await ContactsAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            EntiContacts.SetAsync(scenario.Database.DataSource, Scenario.Genova, new(Scenario.UfficioGenova, address, null)));

        Assert.StartsWith("Indirizzo del segretario comunale: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Equal(before, await ContactsAsync());
    }

    [Theory]
    [InlineData("elettorale@comune.genova.it")]
    [InlineData("protocollo.prefge@pec.interno.it")]
    [InlineData("ufficio_elettorale+avvisi@comune.forlì.it")]
    [InlineData("  segreteria@comune.rapallo.ge.it ")]
    public async Task SetContacts_OneMailbox_StoredTrimmed(string address)
    {
        await EntiContacts.SetAsync(scenario.Database.DataSource, Scenario.Genova, new(null, address, null));

        Assert.Equal(address.Trim(), await scenario.Database.ScalarAsync<string>($"SELECT email_segretario FROM ente WHERE code = '{Scenario.Genova}'"));
    }

    [Fact]
    public async Task InvalidContacts_StoredBeforeTheCheck_Reported()
    {
        await using (var command = scenario.Database.DataSource.CreateCommand(
            $"UPDATE ente SET email_segretario = 'x@y.it, evil@z.it' WHERE code = '{Scenario.Rondanina}'; UPDATE prefettura SET email = '\"prefettura\"@pec.interno.it'"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var invalid = await InvalidContacts.FindAsync(scenario.Database.DataSource);

        Assert.Equal(2, invalid.Count);
        Assert.Contains(invalid, c => c.Owner.Contains(Scenario.Rondanina, StringComparison.Ordinal) && c.Field == "segretario comunale" && c.Reason.Contains("più di un indirizzo", StringComparison.Ordinal));
        Assert.Contains(invalid, c => c.Field == "prefettura" && c.Reason.Contains("virgolette", StringComparison.Ordinal));
    }

    private async Task<string> ContactsAsync() =>
        await scenario.Database.ScalarAsync<string>(
            "SELECT string_agg(code || ':' || coalesce(email_ufficio_elettorale, '') || ':' || coalesce(email_segretario, ''), ',' ORDER BY code) FROM ente") ?? "";
}
