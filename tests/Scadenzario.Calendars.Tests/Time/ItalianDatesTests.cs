using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Tests.Time;

public class ItalianDatesTests
{
    private static readonly LocalDate Sunday = new(2014, 5, 25);

    [Fact]
    public void LongCapitalized_WritesWeekdayAndMonthInItalian() =>
        Assert.Equal("Martedì 15 aprile 2014", ItalianDates.LongCapitalized(new LocalDate(2014, 4, 15)));

    [Theory]
    [InlineData("12:00", "sabato 26 aprile 2014, ore 12:00")]
    [InlineData("24:00", "sabato 26 aprile 2014, ore 24")]
    [InlineData(null, "sabato 26 aprile 2014")]
    public void LongWithHour_AddsTheHourOnlyWhereTheLawGivesOne(string? hour, string expected) =>
        Assert.Equal(expected, ItalianDates.LongWithHour(new LocalDate(2014, 4, 26), hour));

    [Fact]
    public void LongWithHour_Moment_WritesHoursAndMinutes() =>
        Assert.Equal("venerdì 10 maggio 2024, ore 07:30", ItalianDates.LongWithHour(new LocalDateTime(2024, 5, 10, 7, 30)));

    [Theory]
    [InlineData(2014, 4, 15, "40° giorno precedente la votazione")]
    [InlineData(2014, 5, 24, "giorno precedente la votazione")]
    [InlineData(2014, 5, 25, "giorno della votazione")]
    [InlineData(2014, 5, 28, "3° giorno successivo alla votazione")]
    public void RelativeToVote_NamesTheDayAsTheLawDoes(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ItalianDates.RelativeToVote(new LocalDate(year, month, day), Sunday, Sunday, Sunday));

    [Fact]
    public void RelativeToVote_TwoDayVote_CountsAfterFromTheLastDay() =>
        Assert.Equal(
            "2° giorno successivo alla votazione",
            ItalianDates.RelativeToVote(new LocalDate(2011, 5, 18), new LocalDate(2011, 5, 15), new LocalDate(2011, 5, 16), new LocalDate(2011, 5, 15)));
}
