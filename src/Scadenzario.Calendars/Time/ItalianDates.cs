using NodaTime;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Time;

/// <summary>
/// Dates and hours written the Italian way ("martedì 15 aprile 2014", "ore 12:00"), without
/// depending on the machine's culture data.
/// </summary>
public static class ItalianDates
{
    private static readonly string[] Weekdays = ["", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"];

    private static readonly string[] Months =
        ["", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    /// <summary>"martedì 15 aprile 2014".</summary>
    public static string Long(LocalDate date) =>
        $"{Weekdays[(int)date.DayOfWeek]} {date.Day} {Months[date.Month]} {date.Year}";

    /// <summary>"Martedì 15 aprile 2014", to open a line.</summary>
    public static string LongCapitalized(LocalDate date) => Capitalize(Long(date));

    /// <summary>"15 aprile".</summary>
    public static string DayAndMonth(LocalDate date) => $"{date.Day} {Months[date.Month]}";

    /// <summary>"ore 12:00"; the end of the day is "ore 24", as the law writes it ("entro le ore 24 del…"), never midnight of the next day.</summary>
    public static string Hour(ClockTime time) => time.IsEndOfDay ? "ore 24" : $"ore {time}";

    /// <summary>"venerdì 10 maggio 2024, ore 12:00" from a stored "HH:mm" (<see cref="Hour"/>'s words); only the day when the law gives no hour.</summary>
    public static string LongWithHour(LocalDate date, string? hour) =>
        hour is null ? Long(date)
        : ClockTime.TryParse(hour, out var time) ? LongWithHour(date, time)
        : $"{Long(date)}, ore {hour}";

    /// <summary>"venerdì 10 maggio 2024, ore 12:00", "…, ore 24" at the end of the day; only the day when the law gives no hour.</summary>
    public static string LongWithHour(LocalDate date, ClockTime? hour) =>
        hour is { } h ? $"{Long(date)}, {Hour(h)}" : Long(date);

    /// <summary>"venerdì 10 maggio 2024, ore 07:30", a moment in Rome time.</summary>
    public static string LongWithHour(LocalDateTime moment) => $"{Long(moment.Date)}, ore {moment:HH:mm}";

    /// <summary>
    /// How the law names a day relative to the vote: "40° giorno precedente la votazione",
    /// "giorno precedente la votazione", "giorno della votazione", "3° giorno successivo alla votazione".
    /// </summary>
    public static string RelativeToVote(LocalDate date, LocalDate firstVotingDay, LocalDate lastVotingDay, LocalDate reference)
    {
        if (date >= firstVotingDay && date <= lastVotingDay)
        {
            return "giorno della votazione";
        }

        if (date < firstVotingDay)
        {
            var before = Period.DaysBetween(date, reference);
            return before == 1 ? "giorno precedente la votazione" : $"{before}° giorno precedente la votazione";
        }

        var after = Period.DaysBetween(lastVotingDay, date);
        return $"{after}° giorno successivo alla votazione";
    }

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
