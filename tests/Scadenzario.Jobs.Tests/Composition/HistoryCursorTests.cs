using Npgsql;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Composition;

/// <summary>The notices read the history without holding up the offices that write it.</summary>
public sealed class HistoryCursorTests : IAsyncLifetime
{
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task WhileANoticeRunIsOpen_ACompletionIsNotHeldUp()
    {
        var source = scenario.Database.DataSource;
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (from, to) = await HistoryCursor.BeginAsync(source, connection, transaction, "assicurazioni", "adempimento_audit", CancellationToken.None);
        Assert.True(to >= from);

        // The notice run is still open (composing its messages); an office completes an act meanwhile.
        var id = await scenario.Database.ScalarAsync<long>(
            $"SELECT min(id) FROM adempimento_vista WHERE ente_code = '{Scenario.Genova}' AND status = 'da_fare'");
        var completion = new AdempimentiService(source, scenario.Clock).CompleteAsync(id, Scenario.Genova, "Mario Rossi", "PG/1", null);
        var finished = await Task.WhenAny(completion, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(completion, finished);
        await completion;
        await transaction.RollbackAsync();
    }
}
