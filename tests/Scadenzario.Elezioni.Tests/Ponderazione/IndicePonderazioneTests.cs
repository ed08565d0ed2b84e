using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;

namespace Scadenzario.Elezioni.Tests.Ponderazione;

public class IndicePonderazioneTests
{
    // Three fasce of 10,000 inhabitants each out of 30,000: 33.3333…% each, truncated to 33.333.
    private static List<ComuneElettorale> TreTerzi() =>
    [
        .. Territori.Molti("A", 10, 1_000, 11),
        .. Territori.Molti("B", 2, 5_000, 13),
        new("C1", 10_000, 13),
    ];

    [Fact]
    public void Calcola_NoCapApplies_PercentagesAreTruncatedAndIndexIsPercentTimes1000OverElectors()
    {
        var result = IndicePonderazione.Calcola(TreTerzi());

        Assert.Equal(30_000, result.PopolazioneTotale);
        Assert.Equal(110 + 26 + 13, result.ElettoriTotali);
        Assert.Null(result.ComuneOltre45);
        Assert.All(result.Fasce, f =>
        {
            Assert.Equal(33.333m, f.Percentuale);
            Assert.Equal(33.333m, f.PercentualeDopoLimiteComune);
            Assert.Equal(33.333m, f.PercentualeRettificata);
            Assert.Equal(LimiteApplicato.Nessuno, f.Limite);
        });
        // 33333/110 = 303.03; 33333/26 = 1282.03; 33333/13 = 2564.07: always truncated.
        Assert.Equal([303, 1282, 2564], result.Fasce.Select(f => f.Indice));
        Assert.Equal([10, 2, 1], result.Fasce.Select(f => f.Comuni));
    }

    [Fact]
    public void Calcola_OneFasciaAbove35_IsCutAndTheExcessGoesToTheOthersByPopulation()
    {
        // 33,000 inhabitants: A, B, C 7,000 each (21.2121…% → 21.212), D 12,000 (36.3636…% → 36.363).
        List<ComuneElettorale> comuni =
        [
            new("A1", 3_000, 11), new("A2", 3_000, 11), new("A3", 1_000, 11),
            new("B1", 3_500, 13), new("B2", 3_500, 13),
            new("C1", 7_000, 13),
            new("D1", 12_000, 17),
        ];

        var result = IndicePonderazione.Calcola(comuni);

        Assert.Equal([21.212m, 21.212m, 21.212m, 36.363m], result.Fasce.Select(f => f.Percentuale));
        // D gives up 1.363; A, B, C have equal populations, so each gets 0.4543…: 21.6663… → 21.666.
        Assert.Equal([21.666m, 21.666m, 21.666m, 35m], result.Fasce.Select(f => f.PercentualeRettificata));
        Assert.Equal(LimiteApplicato.Fascia35, result.Di(Fascia.D)!.Limite);
        // 21666/33 = 656.5; 21666/26 = 833.3; 21666/13 = 1666.6; 35000/17 = 2058.8.
        Assert.Equal([656, 833, 1666, 2058], result.Fasce.Select(f => f.Indice));
    }

    [Fact]
    public void Calcola_ComuneAbove45_ItsFasciaGivesUpTheExcessAndStaysOutOfThe35Cap()
    {
        var result = IndicePonderazione.Calcola(Territori.ConCittaOltre45());

        Assert.Equal("Città", result.ComuneOltre45);
        // Lettera b: 60, 2, 10, 28 per cent of 1,000,000.
        Assert.Equal([2m, 10m, 28m, 60m], result.Fasce.Select(f => f.Percentuale));
        // Lettera c: the 15 points above 45 go to A, D, E in proportion to 20,000 : 100,000 : 280,000.
        Assert.Equal([2.75m, 13.75m, 38.5m, 45m], result.Fasce.Select(f => f.PercentualeDopoLimiteComune));
        // Lettera d: E gives up 3.5 to A and D only (20,000 : 100,000), H takes nothing:
        // A 2.75 + 0.58333 = 3.333, D 13.75 + 2.91666 = 16.666.
        Assert.Equal([3.333m, 16.666m, 35m, 45m], result.Fasce.Select(f => f.PercentualeRettificata));
        Assert.Equal(
            [LimiteApplicato.Nessuno, LimiteApplicato.Nessuno, LimiteApplicato.Fascia35, LimiteApplicato.Comune45],
            result.Fasce.Select(f => f.Limite));
        // 3333/110 = 30.3; 16666/85 = 196.07; 35000/100 = 350; 45000/41 = 1097.56.
        Assert.Equal([30, 196, 350, 1097], result.Fasce.Select(f => f.Indice));
    }

    [Fact]
    public void Calcola_TheExcessPushesAnotherFasciaAbove35_TheCapIsRepeated()
    {
        // 1,000,000: E 4 × 100,000 (40%), F 2 × 170,000 (34%), A 100 × 2,600 (26%).
        List<ComuneElettorale> comuni =
        [
            .. Territori.Molti("E", 4, 100_000, 25),
            .. Territori.Molti("F", 2, 170_000, 33),
            .. Territori.Molti("A", 100, 2_600, 11),
        ];

        var result = IndicePonderazione.Calcola(comuni);

        // Round 1: E gives 5 to F and A (340,000 : 260,000): F 36.833, A 28.166. Round 2: F gives 1.833 to A.
        Assert.Equal([29.999m, 35m, 35m], result.Fasce.Select(f => f.PercentualeRettificata));
        Assert.Equal(
            [LimiteApplicato.Nessuno, LimiteApplicato.Fascia35, LimiteApplicato.Fascia35],
            result.Fasce.Select(f => f.Limite));
        // 29999/1100 = 27.27; 35000/100 = 350; 35000/66 = 530.3.
        Assert.Equal([27, 350, 530], result.Fasce.Select(f => f.Indice));
    }

    [Fact]
    public void Calcola_CommissariatoComune_CountsNeitherPopulationNorElectors()
    {
        var withDissolved = TreTerzi().Append(new ComuneElettorale("Sciolto", 4_000, 13, Commissariato: true)).ToList();

        var result = IndicePonderazione.Calcola(withDissolved);

        Assert.Equal(30_000, result.PopolazioneTotale);
        Assert.Equal(149, result.ElettoriTotali);
        Assert.Equal(["Sciolto"], result.ComuniCommissariati);
        Assert.Equal(2, result.Di(Fascia.B)!.Comuni);
        Assert.Equal([303, 1282, 2564], result.Fasce.Select(f => f.Indice));
    }

    [Fact]
    public void Calcola_FasciaWhoseOnlyComuneIsCommissariato_IsNotPresent()
    {
        var comuni = TreTerzi().Append(new ComuneElettorale("Grande", 40_000, 0, Commissariato: true)).ToList();

        var result = IndicePonderazione.Calcola(comuni);

        Assert.Null(result.Di(Fascia.E));
        Assert.Throws<DatiElettoraliNonValidiException>(() => result.IndiceDi(Fascia.E));
    }

    [Fact]
    public void Calcola_ComuneWithNoPopulation_IsRefusedAsInNoFascia()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => IndicePonderazione.Calcola([new("Vuoto", 0, 11)]));
        Assert.Contains("non appartiene ad alcuna fascia", e.Message);
    }

    [Fact]
    public void Calcola_NegativeElectors_AreRefused()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => IndicePonderazione.Calcola([new("Meno", 1_000, -1)]));
        Assert.Contains("negativo", e.Message);
    }

    [Fact]
    public void Calcola_FasciaWithPopulationButNoElectors_IsRefused()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => IndicePonderazione.Calcola([new("A1", 1_000, 11), new("B1", 4_000, 0)]));
        Assert.Contains("fascia B", e.Message);
    }

    [Fact]
    public void Calcola_OnlyCommissariati_IsRefused() =>
        Assert.Throws<DatiElettoraliNonValidiException>(() => IndicePonderazione.Calcola([new("A1", 1_000, 0, true)]));

    [Fact]
    public void Property_RandomTerritories_WeightsAreNeverNegativeAndCapsHold()
    {
        var random = new Random(56_2014);
        for (var run = 0; run < 300; run++)
        {
            var comuni = Enumerable.Range(0, random.Next(1, 40))
                .Select(i => new ComuneElettorale($"C{i}", Popolazione(random), random.Next(1, 50), random.Next(20) == 0))
                .ToList();
            if (comuni.All(c => c.Commissariato))
            {
                continue;
            }

            var result = IndicePonderazione.Calcola(comuni);

            Assert.All(result.Fasce, f =>
            {
                Assert.True(f.Indice >= 0);
                Assert.True(f.PercentualeRettificata >= 0);
                Assert.Equal(f.PercentualeRettificata, decimal.Round(f.PercentualeRettificata, 3));
                Assert.True(f.PercentualeRettificata <= 35m || f.Limite == LimiteApplicato.Comune45 || result.Fasce.Count <= 2 || CapCouldNotApply(result),
                    $"run {run}: fascia {f.Fascia} at {f.PercentualeRettificata}");
            });
            var total = result.Fasce.Sum(f => f.PercentualeRettificata);
            Assert.InRange(total, 99.9m, 100m);
        }
    }

    // With few fasce every receiver may end up capped; then the remaining fascia keeps its excess.
    private static bool CapCouldNotApply(Elezioni.Ponderazione.Ponderazione result) =>
        result.Fasce.Count(f => f.Limite == LimiteApplicato.Nessuno) <= 1;

    private static int Popolazione(Random random) => random.Next(4) switch
    {
        0 => random.Next(30, 3_001),
        1 => random.Next(3_001, 30_001),
        2 => random.Next(30_001, 300_000),
        _ => random.Next(300_000, 3_000_000),
    };
}
