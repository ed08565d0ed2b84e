using System.Globalization;
using System.Text;
using NodaTime;

namespace Scadenzario.Web.Features.Feed;

/// <summary>When an event starts or ends: a whole day (VALUE=DATE) or a local time in Europe/Rome.</summary>
public readonly record struct EventTime(LocalDate? Day, LocalDateTime? Local)
{
    public static EventTime AllDay(LocalDate day) => new(day, null);

    public static EventTime InRome(LocalDateTime local) => new(null, local);
}

/// <summary>One VEVENT. <paramref name="Sequence"/> must grow whenever the dates change, so clients replace their copy.</summary>
public sealed record CalendarEvent(string Uid, int Sequence, string Summary, string? Description, string? Category, EventTime Start, EventTime End);

/// <summary>
/// A small RFC 5545 writer, written by hand for exactly what the feeds need: CRLF line ends,
/// lines folded at 75 octets without splitting a UTF-8 sequence, TEXT values escaped, one
/// VTIMEZONE for Europe/Rome that local times refer to, all-day events as VALUE=DATE.
/// </summary>
public static class ICalendarWriter
{
    public const string TimeZoneId = "Europe/Rome";
    private const int MaxOctets = 75;

    // The EU rule in force since 1996: last Sunday of March 02:00 -> CEST, last Sunday of October 03:00 -> CET.
    private static readonly string[] RomeTimeZone =
    [
        "BEGIN:VTIMEZONE",
        "TZID:" + TimeZoneId,
        "X-LIC-LOCATION:" + TimeZoneId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static string Write(string calendarName, Instant stamp, IEnumerable<CalendarEvent> events)
    {
        var output = new StringBuilder();
        void Line(string line) => AppendFolded(output, line);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Scadenzario//Calendario degli adempimenti elettorali//IT");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + EscapeText(calendarName));
        Line("X-WR-TIMEZONE:" + TimeZoneId);
        // How often subscribers should fetch again (RFC 7986, and the older Outlook property).
        Line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        Line("X-PUBLISHED-TTL:PT1H");
        foreach (var line in RomeTimeZone)
        {
            Line(line);
        }

        var dtstamp = stamp.InUtc().LocalDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + EscapeText(e.Uid));
            Line("DTSTAMP:" + dtstamp);
            Line("SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            Line(Time("DTSTART", e.Start));
            Line(Time("DTEND", e.End));
            Line("SUMMARY:" + EscapeText(e.Summary));
            if (e.Description is not null)
            {
                Line("DESCRIPTION:" + EscapeText(e.Description));
            }

            if (e.Category is not null)
            {
                Line("CATEGORIES:" + EscapeText(e.Category));
            }

            Line("STATUS:CONFIRMED");
            // A deadline does not make anyone busy: it must not block free/busy time.
            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string EscapeText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Time(string name, EventTime time) => time switch
    {
        { Day: { } day } => $"{name};VALUE=DATE:{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
        { Local: { } local } => $"{name};TZID={TimeZoneId}:{local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}",
        _ => throw new ArgumentException("An event time needs a day or a local time.", nameof(time)),
    };

    /// <summary>Appends one content line, folded (RFC 5545 §3.1) so that no line exceeds 75 octets before its CRLF.</summary>
    private static void AppendFolded(StringBuilder output, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one character of four octets: never split it.
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }
}
