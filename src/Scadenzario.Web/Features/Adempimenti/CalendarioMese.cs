using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>
/// One month of an ente's calendar as a grid, Monday first: each day with its acts and, when it is a
/// national holiday, its name. The acts are those of the list view (<see cref="Cronoprogramma"/>), on
/// their due day.
/// </summary>
public sealed record CalendarioMese(YearMonth Month, LocalDate Today, IReadOnlyList<IReadOnlyList<LocalDate?>> Weeks, ILookup<LocalDate, DatedTask> Tasks)
{
    /// <summary>How the month travels in links (<c>?mese=2024-06</c>); users read <see cref="Name"/>.</summary>
    public static YearMonthPattern Pattern { get; } = YearMonthPattern.Iso;

    /// <summary>The weekdays in Italian, Monday first, for the grid's header.</summary>
    public static IReadOnlyList<string> Weekdays { get; } =
        [.. Enumerable.Range(0, 7).Select(i => WeekdayOf(new LocalDate(2024, 1, 1).PlusDays(i)))];

    public static CalendarioMese Of(YearMonth month, LocalDate today, IEnumerable<DatedTask> tasks)
    {
        var first = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var weeks = new List<IReadOnlyList<LocalDate?>>();
        var start = first.PlusDays(1 - (int)first.DayOfWeek);
        for (var monday = start; monday <= last; monday = monday.PlusWeeks(1))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => monday.PlusDays(i)).Select(d => d.Month == month.Month ? d : (LocalDate?)null)]);
        }

        var inMonth = tasks.Where(t => t.Task.DueDate is { } d && d >= first && d <= last);
        return new CalendarioMese(month, today, weeks, inMonth.ToLookup(t => t.Task.DueDate!.Value));
    }

    /// <summary>"giugno 2024".</summary>
    public string Name => NameOf(Month);

    public YearMonth Previous => Month.OnDayOfMonth(1).PlusMonths(-1).ToYearMonth();

    public YearMonth Next => Month.OnDayOfMonth(1).PlusMonths(1).ToYearMonth();

    public bool HasToday => Today.ToYearMonth() == Month;

    // The month's name read off ItalianDates ("1 giugno"), the one place that writes Italian dates.
    public static string NameOf(YearMonth month) => $"{ItalianDates.DayAndMonth(month.OnDayOfMonth(1))[2..]} {month.Year}";

    // "lunedì 1 gennaio 2024" → "lunedì", for the same reason.
    private static string WeekdayOf(LocalDate date) => ItalianDates.Long(date).Split(' ')[0];
}
