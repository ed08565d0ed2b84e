using System.Text.Encodings.Web;
using System.Text.Json;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Cli.Calendar;

/// <summary>
/// The calendar as one JSON array, one object per act, sorted by date. The field names are an
/// interface other tools depend on: add fields, never rename or remove them.
/// </summary>
internal static class CalendarJsonWriter
{
    public static void Write(CalendarSet set, DerivedCalendar calendar, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var deadline in calendar.Deadlines)
            {
                WriteDeadline(json, deadline, calendar.CalendarVersion);
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDeadline(Utf8JsonWriter json, Deadline deadline, string version)
    {
        var rule = deadline.Rule;
        json.WriteStartObject();
        json.WriteString("rule", rule.Id);
        json.WriteString("consultation", rule.Consultation.Id());
        json.WriteString("title", rule.Title);
        json.WriteString("actor", rule.Actor);
        json.WriteString("kind", rule.Kind.Id());
        WriteDate(json, "startDate", deadline.StartDate);
        WriteTime(json, "startTime", deadline.StartTime);
        WriteDate(json, "date", deadline.Date);
        WriteTime(json, "time", deadline.Time);
        if (deadline.OffsetDays is { } offset)
        {
            json.WriteNumber("offsetDays", offset);
        }
        else
        {
            json.WriteNull("offsetDays");
        }

        json.WriteString("legalBasis", deadline.LegalBasis);
        json.WriteStartArray("flags");
        foreach (var flag in FlagNames(deadline.Flags))
        {
            json.WriteStringValue(flag);
        }

        json.WriteEndArray();
        json.WriteBoolean("pending", deadline.Pending);
        json.WriteString("waitingFor", deadline.Pending ? WaitingFor(deadline.Variant) : null);
        json.WriteString("description", rule.Description);
        json.WriteString("calendarVersion", version);
        json.WriteEndObject();
    }

    public static IEnumerable<string> FlagNames(DeadlineFlags flags)
    {
        if (flags.HasFlag(DeadlineFlags.Festivo))
        {
            yield return "festivo";
        }

        if (flags.HasFlag(DeadlineFlags.InizioFestivo))
        {
            yield return "inizio-festivo";
        }

        if (flags.HasFlag(DeadlineFlags.AssicurazionePrefetto))
        {
            yield return "assicurazione-prefetto";
        }
    }

    /// <summary>The event (or rule) a pending deadline waits for, as <c>event:ID</c> or <c>rule:ID</c>.</summary>
    public static string? WaitingFor(RuleVariant variant)
    {
        var point = variant.End.Anchor is AnchorKind.Event or AnchorKind.Rule ? variant.End : variant.Start;
        return point switch
        {
            { Anchor: AnchorKind.Event } => $"event:{point.Target}",
            { Anchor: AnchorKind.Rule } => $"rule:{point.Target}",
            _ => null,
        };
    }

    private static void WriteDate(Utf8JsonWriter json, string name, NodaTime.LocalDate? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteTime(Utf8JsonWriter json, string name, ClockTime? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, value.ToString());
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
