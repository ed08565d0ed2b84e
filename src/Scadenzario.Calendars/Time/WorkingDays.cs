using NodaTime;

namespace Scadenzario.Calendars.Time;

/// <summary>
/// Which days an office works on. Saturday is a working day (giorno feriale): electoral terms run
/// on it and offices open for them. Sundays, national holidays and the comune's patron saint's day
/// are not.
/// </summary>
public sealed class WorkingDays
{
    public static WorkingDays National { get; } = new(null);

    public WorkingDays(AnnualDate? patronSaint)
    {
        PatronSaint = patronSaint;
    }

    /// <summary>The feast of the comune's patron saint, a local holiday.</summary>
    public AnnualDate? PatronSaint { get; }

    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek != IsoDayOfWeek.Sunday
        && !ItalianHolidays.IsHoliday(date)
        && !(PatronSaint is { } patron && patron.InYear(date.Year) == date);

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="date"/>, or before it when
    /// <paramref name="count"/> is negative; <paramref name="date"/> itself is never counted.
    /// </summary>
    public LocalDate Add(LocalDate date, int count)
    {
        var step = count < 0 ? -1 : 1;
        var remaining = Math.Abs(count);
        while (remaining > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary><paramref name="date"/> if it is a working day, else the next working day.</summary>
    public LocalDate OnOrAfter(LocalDate date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}
