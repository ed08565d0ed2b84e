using System.Collections.Concurrent;
using NodaTime;

namespace Scadenzario.Calendars.Time;

/// <summary>
/// Italy's national public holidays (art. 2 L. 27 maggio 1949, n. 260, as in force each year), on
/// which offices are closed unless the law keeps them open for an election. Sundays are not listed
/// here: they are never working days. Feasts abolished by L. 54/1977 (San Giuseppe, Ascensione,
/// Corpus Domini, Santi Pietro e Paolo, 4 novembre) carry no civil effect and are not holidays.
/// </summary>
public static class ItalianHolidays
{
    private static readonly ConcurrentDictionary<int, HashSet<LocalDate>> ByYear = new();

    public static bool IsHoliday(LocalDate date) => HolidaysOf(date.Year).Contains(date);

    /// <summary>The holidays of <paramref name="year"/>, with their Italian names, in date order.</summary>
    public static IReadOnlyList<(LocalDate Date, string Name)> Of(int year) =>
        [.. Unordered(year).OrderBy(h => h.Date)];

    private static IEnumerable<(LocalDate Date, string Name)> Unordered(int year)
    {
        yield return (new LocalDate(year, 1, 1), "Capodanno");
        if (year < 1977 || year >= 1986)
        {
            // Suppressed by L. 54/1977, restored by d.P.R. 792/1985.
            yield return (new LocalDate(year, 1, 6), "Epifania");
        }

        if (year == 2011)
        {
            // 150° anniversario dell'Unità d'Italia: holiday for that year only (d.l. 5/2011).
            yield return (new LocalDate(2011, 3, 17), "Anniversario dell'Unità d'Italia");
        }

        var easter = EasterSunday(year);
        yield return (easter, "Pasqua");
        yield return (easter.PlusDays(1), "Lunedì dell'Angelo");
        yield return (new LocalDate(year, 4, 25), "Anniversario della Liberazione");

        yield return (new LocalDate(year, 5, 1), "Festa del lavoro");
        if (year < 1977 || year >= 2001)
        {
            // Moved to the first Sunday of June by L. 54/1977, restored by L. 336/2000.
            yield return (new LocalDate(year, 6, 2), "Festa della Repubblica");
        }

        yield return (new LocalDate(year, 8, 15), "Assunzione di Maria (Ferragosto)");
        if (year >= 2026)
        {
            // L. 8 ottobre 2025, n. 151, in force from 1 January 2026.
            yield return (new LocalDate(year, 10, 4), "San Francesco d'Assisi, patrono d'Italia");
        }

        yield return (new LocalDate(year, 11, 1), "Ognissanti");
        yield return (new LocalDate(year, 12, 8), "Immacolata Concezione");
        yield return (new LocalDate(year, 12, 25), "Natale");
        yield return (new LocalDate(year, 12, 26), "Santo Stefano");
    }

    /// <summary>The name of the holiday on <paramref name="date"/>, or null.</summary>
    public static string? NameOf(LocalDate date)
    {
        if (!IsHoliday(date))
        {
            return null;
        }

        return Of(date.Year).First(h => h.Date == date).Name;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static HashSet<LocalDate> HolidaysOf(int year) =>
        ByYear.GetOrAdd(year, y => Unordered(y).Select(h => h.Date).ToHashSet());
}
