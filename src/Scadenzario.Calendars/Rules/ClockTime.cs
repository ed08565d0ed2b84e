using System.Globalization;
using NodaTime;

namespace Scadenzario.Calendars.Rules;

/// <summary>
/// An hour of the day as the law writes it: "ore 12", "ore 20", and "ore 24", which is the end of
/// the day (not midnight at its start). <see cref="LocalTime"/> cannot hold 24:00, hence this type.
/// </summary>
public readonly record struct ClockTime
{
    private ClockTime(int hour, int minute)
    {
        Hour = hour;
        Minute = minute;
    }

    public int Hour { get; }

    public int Minute { get; }

    /// <summary>True for "ore 24": the last instant of the day.</summary>
    public bool IsEndOfDay => Hour == 24;

    public static ClockTime EndOfDay { get; } = new(24, 0);

    public static ClockTime Of(int hour, int minute)
    {
        if (hour == 24 && minute == 0)
        {
            return EndOfDay;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        ArgumentOutOfRangeException.ThrowIfNegative(minute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 59);
        return new ClockTime(hour, minute);
    }

    /// <summary>Parses <c>HH:mm</c>, with <c>24:00</c> allowed.</summary>
    public static bool TryParse(string text, out ClockTime time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            return false;
        }

        if ((hour == 24 && minute == 0) || (hour < 24 && minute < 60))
        {
            time = Of(hour, minute);
            return true;
        }

        return false;
    }

    /// <summary>Parses <c>HH:mm</c> (<c>24:00</c> allowed) as stored; anything else fails with the text named.</summary>
    public static ClockTime Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"ora \"{text}\" non nel formato HH:mm");

    /// <summary>The local date and time this hour denotes on <paramref name="date"/>; 24:00 is the next midnight.</summary>
    public LocalDateTime On(LocalDate date) =>
        IsEndOfDay ? date.PlusDays(1).AtMidnight() : date.At(new LocalTime(Hour, Minute));

    /// <summary>Minutes since the start of the day (1440 for 24:00), for ordering.</summary>
    public int MinuteOfDay => (Hour * 60) + Minute;

    public override string ToString() => $"{Hour:00}:{Minute:00}";
}
