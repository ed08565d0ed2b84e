using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Elezioni.Tests.Fasce;

public class FasceDemograficheTests
{
    [Theory]
    [InlineData(1, Fascia.A)]
    [InlineData(3_000, Fascia.A)]
    [InlineData(3_001, Fascia.B)]
    [InlineData(5_000, Fascia.B)]
    [InlineData(5_001, Fascia.C)]
    [InlineData(10_000, Fascia.C)]
    [InlineData(10_001, Fascia.D)]
    [InlineData(30_000, Fascia.D)]
    [InlineData(30_001, Fascia.E)]
    [InlineData(100_000, Fascia.E)]
    [InlineData(100_001, Fascia.F)]
    [InlineData(250_000, Fascia.F)]
    [InlineData(250_001, Fascia.G)]
    [InlineData(500_000, Fascia.G)]
    [InlineData(500_001, Fascia.H)]
    [InlineData(1_000_000, Fascia.H)]
    [InlineData(1_000_001, Fascia.I)]
    [InlineData(2_749_031, Fascia.I)]
    public void Di_BoundsOfComma33_AreIncludedInTheLowerBand(int population, Fascia expected) =>
        Assert.Equal(expected, FasceDemografiche.Di(population, "X"));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Di_NoInhabitants_IsRefusedNamingTheComune(int population)
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => FasceDemografiche.Di(population, "Atlantide"));
        Assert.Contains("\"Atlantide\"", e.Message);
        Assert.Contains("non appartiene ad alcuna fascia demografica", e.Message);
    }

    [Fact]
    public void Descrizione_IsItalianWithThousandsSeparators()
    {
        Assert.Equal("fino a 3.000 abitanti", FasceDemografiche.Limiti(Fascia.A).Descrizione);
        Assert.Equal("da 3.001 a 5.000 abitanti", FasceDemografiche.Limiti(Fascia.B).Descrizione);
        Assert.Equal("oltre 1.000.000 abitanti", FasceDemografiche.Limiti(Fascia.I).Descrizione);
    }

    [Fact]
    public void Tutte_CoverEveryPopulationWithoutGapsOrOverlaps()
    {
        var bands = FasceDemografiche.Tutte;
        Assert.Equal(9, bands.Count);
        for (var i = 1; i < bands.Count; i++)
        {
            Assert.Equal(bands[i - 1].Massimo + 1, bands[i].Minimo);
        }
    }
}
