using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>Superiore or inferiore, as calendars/index.yaml says by region, province and date of the vote.</summary>
public class ThresholdTests
{
    private static DerivedCalendar Derive(int year, int population, string? region, string? province = null, bool capoluogo = false) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(new LocalDate(year, 6, 1).Next(IsoDayOfWeek.Sunday)),
            Consultations = [ConsultationType.Comunali],
            Population = population,
            Region = region,
            Province = province,
            Capoluogo = capoluogo,
        });

    [Theory]
    [InlineData(2014, 10_000, PopulationClass.Inferiore)]
    [InlineData(2014, 10_001, PopulationClass.Superiore)]
    [InlineData(2014, 12_000, PopulationClass.Superiore)]
    [InlineData(2017, 12_000, PopulationClass.Inferiore)]
    [InlineData(2017, 15_000, PopulationClass.Inferiore)]
    [InlineData(2017, 15_001, PopulationClass.Superiore)]
    public void Sicilia_10000Until2016_15000After(int year, int population, PopulationClass expected)
    {
        var calendar = Derive(year, population, "Sicilia");

        Assert.Equal(expected, calendar.PopulationClass);
        Assert.Equal(year < 2016 ? 10_000 : 15_000, calendar.Classification.Limit);
    }

    [Theory]
    [InlineData("TN", 3_000, PopulationClass.Inferiore)]
    [InlineData("TN", 3_001, PopulationClass.Superiore)]
    [InlineData("BZ", 3_001, PopulationClass.Inferiore)]
    [InlineData("BZ", 15_001, PopulationClass.Superiore)]
    public void Trentino_3000InTrento_15000InBolzano(string province, int population, PopulationClass expected) =>
        Assert.Equal(expected, Derive(2025, population, "Trentino-Alto Adige", province).PopulationClass);

    [Fact]
    public void Capoluogo_InAnOrdinaryRegion_IsSuperioreFrom2024()
    {
        var calendar = Derive(2024, 9_000, "Marche", "PU", capoluogo: true);

        Assert.Equal(PopulationClass.Superiore, calendar.PopulationClass);
        Assert.True(calendar.Classification.ByCapoluogo);
        Assert.Contains("D.L. 29 gennaio 2024, n. 7", calendar.Classification.LegalBasis);
        // The ballottaggio comes with the class.
        Assert.NotNull(calendar.Ballottaggio);
    }

    [Fact]
    public void Capoluogo_Before2024_FollowsItsPopulation() =>
        Assert.Equal(PopulationClass.Inferiore, Derive(2019, 9_000, "Marche", "PU", capoluogo: true).PopulationClass);

    [Fact]
    public void Capoluogo_InSicilia_IsNotForced() =>
        Assert.Equal(PopulationClass.Inferiore, Derive(2024, 9_000, "Sicilia", "EN", capoluogo: true).PopulationClass);

    [Fact]
    public void Capoluogo_InTrento_KeepsTheProvincialThreshold() =>
        Assert.Equal(PopulationClass.Inferiore, Derive(2025, 2_500, "Trentino-Alto Adige", "TN", capoluogo: true).PopulationClass);

    [Fact]
    public void NotACapoluogo_InAnOrdinaryRegion_FollowsItsPopulation() =>
        Assert.Equal(PopulationClass.Inferiore, Derive(2024, 9_000, "Marche", "PU").PopulationClass);

    [Fact]
    public void UnknownRegion_GetsTheDefault() =>
        Assert.Equal(15_000, Derive(2024, 9_000, null).Classification.Limit);
}
