using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// Dates as the office's acts write them after a preposition ("al 22 novembre 2026", "dal 1° dicembre"):
/// without the weekday, which would read "al domenica".
/// </summary>
public static class DateItaliane
{
    public static string Testo(LocalDate date)
    {
        var giornoEMese = ItalianDates.DayAndMonth(date);
        return (date.Day == 1 ? "1°" + giornoEMese[1..] : giornoEMese) + " " + date.Year;
    }
}
