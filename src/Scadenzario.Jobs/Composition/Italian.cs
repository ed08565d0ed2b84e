using NodaTime;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Jobs.Composition;

/// <summary>The Italian phrasing the emails share: counts, deadlines, distances in days.</summary>
internal static class Italian
{
    /// <summary>"1 adempimento", "3 adempimenti".</summary>
    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";

    /// <summary>"venerdì 10 maggio 2024, ore 12:00" ("ore 24" at the end of the day), "venerdì 10 maggio 2024" without an hour, or "data da definire".</summary>
    public static string Deadline(LocalDate? date, ClockTime? time) => date is { } d
        ? ItalianDates.LongWithHour(d, time)
        : "data da definire";

    /// <summary>"oggi", "domani", "tra 3 giorni".</summary>
    public static string InDays(int days) => days switch
    {
        0 => "oggi",
        1 => "domani",
        _ => $"tra {days} giorni",
    };

    /// <summary>The line that dates an act: a period says when it opens and closes, an act its deadline.</summary>
    public static string When(TaskItem task, LocalDate today)
    {
        if (task.StartDate is { } start && start == today && task.DueDate != today)
        {
            return $"si apre oggi{(task.StartTime is { } st ? $" alle {ItalianDates.Hour(st)}" : "")}, scade {Deadline(task.DueDate, task.DueTime)}";
        }

        if (task.DueDate == today)
        {
            return task.DueTime is { } time ? $"scade oggi alle {ItalianDates.Hour(time)}" : "scade oggi";
        }

        return task.DueDate is { } due && due < today
            ? $"scaduto {Deadline(task.DueDate, task.DueTime)}"
            : $"scade {Deadline(task.DueDate, task.DueTime)}";
    }
}
