using System.Globalization;
using Scadenzario.Elezioni.Consiglio;

namespace Scadenzario.Elezioni.Tests.Consiglio;

public class ComposizioneConsigliTests
{
    [Theory]
    [InlineData(800_000, 14)]
    [InlineData(800_001, 18)]
    [InlineData(817_402, 18)] // Città metropolitana di Genova: 18, as seed 003 art. 4.3 says.
    [InlineData(3_000_000, 18)]
    [InlineData(3_000_001, 24)]
    public void ConsiglieriMetropolitani_FollowComma20(long population, int expected) =>
        Assert.Equal(expected, ComposizioneConsigli.ConsiglieriMetropolitani(population));

    [Theory]
    [InlineData(300_000, 10)]
    [InlineData(300_001, 12)]
    [InlineData(700_000, 12)]
    [InlineData(700_001, 16)]
    public void ConsiglieriProvinciali_FollowComma67(long population, int expected) =>
        Assert.Equal(expected, ComposizioneConsigli.ConsiglieriProvinciali(population));

    [Fact]
    public void ConsiglieriComunali_AgreeWithTheSharedTableAtEveryBound()
    {
        var rows = SharedData.Csv("consiglieri_comunali_fasce.csv");
        Assert.Equal(8, rows.Count);
        foreach (var row in rows)
        {
            var expected = int.Parse(row["consiglieri_excl_sindaco"], CultureInfo.InvariantCulture);
            var min = Math.Max(1, int.Parse(row["population_min"], CultureInfo.InvariantCulture));
            Assert.Equal(expected, ComposizioneConsigli.ConsiglieriComunali(min));
            if (row["population_max"] is { Length: > 0 } max)
            {
                Assert.Equal(expected, ComposizioneConsigli.ConsiglieriComunali(int.Parse(max, CultureInfo.InvariantCulture)));
            }

            Assert.Equal(int.Parse(row["council_seats_incl_sindaco"], CultureInfo.InvariantCulture), ComposizioneConsigli.ElettoriStimati(min));
        }
    }

    [Fact]
    public void ConsiglieriComunali_SmallCapoluogo_TakesThe32SeatCouncil()
    {
        Assert.Equal(32, ComposizioneConsigli.ConsiglieriComunali(90_000, capoluogo: true));
        Assert.Equal(24, ComposizioneConsigli.ConsiglieriComunali(90_000));
        // Genova sends its sindaco and 40 consiglieri: 41 electors, as the 2017 and 2022 elections had.
        Assert.Equal(41, ComposizioneConsigli.ElettoriStimati(561_203, capoluogo: true));
    }

    [Fact]
    public void ConsiglieriComunali_NoPopulation_IsRefused() =>
        Assert.Throws<DatiElettoraliNonValidiException>(() => ComposizioneConsigli.ConsiglieriComunali(0));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(800, 40, 120)]
    [InlineData(801, 41, 121)] // 40.05 and 120.15 go up.
    [InlineData(815, 41, 123)] // Genova 2014: 40.75 → 41; 122.25 → 123.
    [InlineData(835, 42, 126)]
    public void Sottoscrizioni_AreRoundedUp(int electors, int list, int president)
    {
        Assert.Equal(list, Sottoscrizioni.MinimoPerLista(electors));
        Assert.Equal(president, Sottoscrizioni.MinimoPerPresidente(electors));
    }
}
