using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Tests.Time;

public class ItalianHolidaysTests
{
    [Theory]
    [InlineData(2011, 4, 24)]
    [InlineData(2014, 4, 20)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), ItalianHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2014-04-21", "Lunedì dell'Angelo")]
    [InlineData("2014-04-25", "Anniversario della Liberazione")]
    [InlineData("2024-06-02", "Festa della Repubblica")]
    [InlineData("2026-10-04", "San Francesco d'Assisi, patrono d'Italia")]
    [InlineData("2011-03-17", "Anniversario dell'Unità d'Italia")]
    [InlineData("2014-12-26", "Santo Stefano")]
    public void NameOf_Holidays(string date, string name) =>
        Assert.Equal(name, ItalianHolidays.NameOf(LocalDate.FromDateTime(DateTime.Parse(date))));

    [Theory]
    [InlineData("2025-10-04")] // San Francesco is a holiday only from 2026 (L. 151/2025)
    [InlineData("2012-03-17")] // 17 March was a holiday in 2011 only
    [InlineData("2014-06-19")] // Corpus Domini has had no civil effect since L. 54/1977
    [InlineData("2014-04-22")]
    public void IsHoliday_NotHolidays(string date) =>
        Assert.False(ItalianHolidays.IsHoliday(LocalDate.FromDateTime(DateTime.Parse(date))));

    [Fact]
    public void Of_2027_HasThirteenHolidaysInDateOrder()
    {
        var holidays = ItalianHolidays.Of(2027);

        Assert.Equal(13, holidays.Count); // with Easter Sunday and, from 2026, 4 October
        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
    }
}
