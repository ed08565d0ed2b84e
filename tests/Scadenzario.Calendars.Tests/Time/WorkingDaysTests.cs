using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Tests.Time;

public class WorkingDaysTests
{
    [Fact]
    public void IsWorkingDay_SaturdayIsAWorkingDay() =>
        Assert.True(WorkingDays.National.IsWorkingDay(new LocalDate(2017, 9, 23)));

    [Fact]
    public void IsWorkingDay_SundayIsNot() =>
        Assert.False(WorkingDays.National.IsWorkingDay(new LocalDate(2017, 9, 24)));

    [Fact]
    public void Add_SkipsSundayAndEasterMonday()
    {
        // Saturday 19 April 2014 → Sunday 20 (Easter) and Monday 21 (Easter Monday) are skipped.
        Assert.Equal(new LocalDate(2014, 4, 22), WorkingDays.National.Add(new LocalDate(2014, 4, 19), 1));
    }

    [Fact]
    public void Add_SkipsThePatronSaint()
    {
        var genova = new WorkingDays(new AnnualDate(6, 24)); // San Giovanni Battista
        Assert.Equal(new LocalDate(2017, 6, 26), genova.Add(new LocalDate(2017, 6, 23), 1)); // Sat 24 is the patron, Sun 25
        Assert.Equal(new LocalDate(2017, 6, 24), WorkingDays.National.Add(new LocalDate(2017, 6, 23), 1));
    }

    [Fact]
    public void Add_Negative_CountsBackSkippingEasterMondayAndSunday()
    {
        // From Tuesday 2 April 2024 back: Monday 1 (Easter Monday) and Sunday 31 March (Easter)
        // are skipped; Saturday 30 is the first working day, Friday 29 the second.
        Assert.Equal(new LocalDate(2024, 3, 30), WorkingDays.National.Add(new LocalDate(2024, 4, 2), -1));
        Assert.Equal(new LocalDate(2024, 3, 29), WorkingDays.National.Add(new LocalDate(2024, 4, 2), -2));
    }

    [Fact]
    public void Add_Negative_SkipsThePatronSaint()
    {
        var genova = new WorkingDays(new AnnualDate(6, 24));
        // Monday 26 June 2017 back: Sunday 25, Saturday 24 (San Giovanni in Genova) → Friday 23.
        Assert.Equal(new LocalDate(2017, 6, 23), genova.Add(new LocalDate(2017, 6, 26), -1));
        Assert.Equal(new LocalDate(2017, 6, 24), WorkingDays.National.Add(new LocalDate(2017, 6, 26), -1));
    }

    [Fact]
    public void OnOrAfter_KeepsAWorkingDay() =>
        Assert.Equal(new LocalDate(2014, 4, 24), WorkingDays.National.OnOrAfter(new LocalDate(2014, 4, 24)));

    [Fact]
    public void OnOrAfter_MovesFromAHoliday() =>
        Assert.Equal(new LocalDate(2014, 4, 26), WorkingDays.National.OnOrAfter(new LocalDate(2014, 4, 25)));
}
