using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>The voting days the law allows: the one check the CLI, the web and the API call.</summary>
public class VotingDaysPolicyTests
{
    private static readonly LocalDate Today = new(2026, 12, 1); // a Tuesday

    [Theory]
    [InlineData("2027-05-23")]                 // Sunday
    [InlineData("2027-05-22", "2027-05-23")]   // Saturday and Sunday (2024)
    [InlineData("2027-05-23", "2027-05-24")]   // Sunday and Monday (2011, 2021)
    public void Problem_DirectOnTheDaysTheLawAllows_IsNone(params string[] days) =>
        Assert.Null(VotingDaysPolicy.Problem(Days(days), VotingLevel.Direct, Today));

    [Theory]
    [InlineData("2027-05-24")]                 // Monday alone
    [InlineData("2027-05-22")]                 // Saturday alone
    [InlineData("2027-05-26")]                 // Wednesday
    [InlineData("2027-05-24", "2027-05-25")]   // Monday and Tuesday
    [InlineData("2027-05-21", "2027-05-22")]   // Friday and Saturday
    public void Problem_DirectOnAnotherDay_SaysWhatToType(params string[] days)
    {
        var problem = VotingDaysPolicy.Problem(Days(days), VotingLevel.Direct, Today);

        Assert.StartsWith("Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì", problem);
        Assert.EndsWith("indicare ad esempio --voting-days 2026-12-06.", problem); // the first Sunday after today
    }

    [Fact]
    public void Problem_SaturdayAlone_NamesTheDay() =>
        Assert.Contains("non sabato 22 maggio 2027", VotingDaysPolicy.Problem(Days("2027-05-22"), VotingLevel.Direct, Today));

    [Theory]
    [InlineData("2027-05-26")] // Wednesday, as 31 October 2018
    [InlineData("2027-05-22")] // Saturday, as 18 December 2021
    [InlineData("2027-05-23")] // Sunday
    public void Problem_SecondLevelOnOneDay_IsNone(string day) =>
        Assert.Null(VotingDaysPolicy.Problem(Days(day), VotingLevel.SecondLevel, Today));

    [Fact]
    public void Problem_SecondLevelOnTwoDays_IsRefused() =>
        Assert.StartsWith("Le elezioni di secondo grado si tengono in un solo giorno",
            VotingDaysPolicy.Problem(Days("2027-05-22", "2027-05-23"), VotingLevel.SecondLevel, Today));

    [Theory]
    [InlineData("1900-05-27")]
    [InlineData("2026-12-01")] // today
    [InlineData("2026-11-29")]
    public void Problem_InThePastOrToday_IsRefused(string day) =>
        Assert.Contains("sono già passati: indicare una data futura, ad esempio --voting-days 2026-12-06.",
            VotingDaysPolicy.Problem(Days(day), VotingLevel.Direct, Today));

    [Fact]
    public void Problem_ThreeYearsAhead_IsRefused() =>
        Assert.Contains("sono oltre due anni da oggi (il limite è venerdì 1 dicembre 2028)",
            VotingDaysPolicy.Problem(Days("2029-12-02"), VotingLevel.Direct, Today));

    [Fact]
    public void Problem_TwoYearsAhead_IsAccepted() =>
        Assert.Null(VotingDaysPolicy.Problem(Days("2028-11-26"), VotingLevel.Direct, Today));

    [Theory]
    [InlineData("2027-05-23", "2027-05-25")]
    [InlineData("2027-05-23", "2027-05-24", "2027-05-25")]
    public void Problem_NotOneOrTwoConsecutiveDays_IsRefused(params string[] days) =>
        Assert.StartsWith("I giorni della votazione devono essere uno o due giorni consecutivi",
            VotingDaysPolicy.Problem(Days(days), VotingLevel.Direct, Today));

    [Fact]
    public void ConsultationProblem_EuropeeOnAWednesday_IsRefused() =>
        Assert.StartsWith("«Elezioni europee» è un'elezione diretta e non può tenersi mercoledì 26 maggio 2027",
            VotingDaysPolicy.ConsultationProblem(ConsultationType.Europee, Days("2027-05-26")));

    [Theory]
    [InlineData("2027-05-22", "2027-05-23")]
    [InlineData("2027-05-23", "2027-05-24")]
    public void ConsultationProblem_MetropolitaneOnTwoDays_IsRefused(params string[] days) =>
        Assert.StartsWith("«Elezione del consiglio metropolitano» è un'elezione di secondo grado",
            VotingDaysPolicy.ConsultationProblem(ConsultationType.Metropolitane, Days(days)));

    [Fact]
    public void ConsultationProblem_ProvincialiOnAWednesday_IsNone() =>
        Assert.Null(VotingDaysPolicy.ConsultationProblem(ConsultationType.Provinciali, Days("2027-05-26")));

    [Fact]
    public void LevelOf_MixedConsultations_IsDirect()
    {
        Assert.Equal(VotingLevel.Direct, VotingDaysPolicy.LevelOf([ConsultationType.Comunali, ConsultationType.Metropolitane]));
        Assert.Equal(VotingLevel.SecondLevel, VotingDaysPolicy.LevelOf([ConsultationType.Provinciali]));
        Assert.Null(VotingDaysPolicy.LevelOf([]));
    }

    private static LocalDate[] Days(params string[] days) => [.. days.Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).Value)];
}
