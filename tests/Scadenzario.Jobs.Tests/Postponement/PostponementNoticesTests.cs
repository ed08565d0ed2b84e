using NodaTime;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Postponement;

/// <summary>When the tornata moves, each person affected gets one message listing what moved.</summary>
public sealed class PostponementNoticesTests : IAsyncLifetime
{
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Postponement_OneWeekLater_EachPersonGetsOneMessageListingTheMoves()
    {
        await scenario.Tornate().PostponeAsync(scenario.Tornata, [new LocalDate(2024, 6, 16)], "D.P.R. di rinvio della votazione", "Ministero");

        var mails = await scenario.RunAndDeliverAsync(JobNames.Notices, new LocalDateTime(2024, 3, 1, 12, 5));

        Assert.Equal([Scenario.UfficioGenova, Scenario.UfficioRapallo, Scenario.SegretarioCondiviso], mails.Select(m => m.To).Order(StringComparer.Ordinal));
        var genova = mails.Single(m => m.To == Scenario.UfficioGenova);
        Assert.StartsWith("Scadenze spostate – Europee e comunali 2024: ", genova.Subject);
        Assert.EndsWith("(Comune di Genova)", genova.Subject);
        Assert.Contains("le date della tornata «Europee e comunali 2024» sono cambiate (rinvio: D.P.R. di rinvio della votazione)", genova.Text);
        Assert.Contains("Presentazione delle liste dei candidati", genova.Text);
        Assert.Contains("Nuova scadenza: sabato 18 maggio 2024, ore 12:00 (prima: sabato 11 maggio 2024, ore 12:00)", genova.Text);
        var segretario = mails.Single(m => m.To == Scenario.SegretarioCondiviso);
        Assert.Contains("Comune di Genova (010025)", segretario.Text);
        Assert.Contains("Comune di Rapallo (010046)", segretario.Text);

        Assert.StartsWith("avvisi di scadenze spostate messi in coda: 0", await scenario.RunAsync(JobNames.Notices, new LocalDateTime(2024, 3, 1, 12, 10)));
    }
}
