using NodaTime;
using Scadenzario.Calendars.Derivation;

namespace Scadenzario.Calendars.Tests.Derivation;

public class VotingDaysTests
{
    [Fact]
    public void Reference_SundayAndMonday_IsTheSunday()
    {
        var days = VotingDays.TwoDays(new LocalDate(2011, 5, 15), new LocalDate(2011, 5, 16));
        Assert.Equal(new LocalDate(2011, 5, 15), days.Reference);
        Assert.Equal(2, days.Count);
    }

    [Fact]
    public void Reference_SaturdayAndSunday_IsTheSunday() =>
        Assert.Equal(new LocalDate(2024, 6, 9), VotingDays.TwoDays(new LocalDate(2024, 6, 8), new LocalDate(2024, 6, 9)).Reference);

    [Fact]
    public void TwoDays_NotConsecutive_IsRefused() =>
        Assert.Throws<ArgumentException>(() => VotingDays.TwoDays(new LocalDate(2024, 6, 8), new LocalDate(2024, 6, 10)));

    [Theory]
    [InlineData("2014-05-25", null, "2014-06-08", null)]
    [InlineData("2011-05-15", "2011-05-16", "2011-05-29", "2011-05-30")]
    [InlineData("2021-10-03", "2021-10-04", "2021-10-17", "2021-10-18")]
    [InlineData("2024-06-08", "2024-06-09", "2024-06-23", "2024-06-24")]
    public void SecondSundayAfter_IsTheBallottaggio(string first, string? second, string ballotFirst, string? ballotSecond)
    {
        var days = second is null ? VotingDays.OneDay(Parse(first)) : VotingDays.TwoDays(Parse(first), Parse(second));

        var ballottaggio = days.SecondSundayAfter();

        Assert.Equal(Parse(ballotFirst), ballottaggio.First);
        Assert.Equal(Parse(ballotSecond ?? ballotFirst), ballottaggio.Last);
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
