using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Feed;

/// <summary>What a feed holds besides its acts: the name, when it was made, where the acts' pages are, the reminder chosen.</summary>
public sealed record FeedSettings(string EnteName, Instant Stamp, Uri WebBase, short? AlarmDaysBefore);

/// <summary>
/// An ente's acts as an iCalendar (RFC 5545) feed, written by Ical.Net: one VTIMEZONE for
/// Europe/Rome that local times refer to, all-day events as VALUE=DATE, a stable UID per act, a
/// SEQUENCE that grows whenever an act's dates or applicability change, a URL back to the act's page,
/// and the act that became not applicable kept as a cancelled event so subscribed calendars remove it.
/// </summary>
public static class FeedCalendar
{
    public const string TimeZoneId = "Europe/Rome";

    /// <summary>The hour of the reminder for a deadline that has no hour (9:00, when offices open).</summary>
    private static readonly LocalTime AllDayAlarmTime = new(9, 0);

    public static string Build(FeedSettings feed, IEnumerable<FeedTask> tasks, Func<string, string> actorLabel)
    {
        var calendar = new Calendar
        {
            ProductId = "-//Scadenzario//Calendario degli adempimenti elettorali//IT",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", $"Scadenzario – {feed.EnteName}");
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        // How often subscribers should fetch again (RFC 7986, and the older Outlook property).
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        // The EU rule in force since 1996, from before the oldest tornata a feed may hold.
        calendar.AddTimeZone(TimeZoneId, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), includeHistoricalData: false);

        var stamp = new CalDateTime(feed.Stamp.ToDateTimeUtc(), "UTC", hasTime: true);
        foreach (var task in tasks.Where(t => t.Task.DueLocal is not null))
        {
            calendar.Events.Add(ToEvent(task, stamp, feed, actorLabel));
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net wrote no calendar");
    }

    private static CalendarEvent ToEvent(FeedTask feedTask, CalDateTime stamp, FeedSettings feed, Func<string, string> actorLabel)
    {
        var t = feedTask.Task;
        var span = Times(t);
        var state = feedTask.Cancelled ? "non applicabile"
            : t.Status == AdempimentoStatus.Completato
                ? $"completato il {Display.Moment(t.CompletedAt!.Value)}{(t.ProtocolNumber is null ? "" : $", protocollo {t.ProtocolNumber}")}"
                : ActStates.IsOwn(t.Owner) ? "da fare" : "da sapere (atto di altri: il comune non deve compierlo)";
        var url = new Uri(feed.WebBase, $"adempimenti/{t.Id}");
        // The due moment in words: a calendar shows "ore 24" as midnight of the next day.
        var description = $"{t.Title}\nScadenza: {Display.Due(t)}\nChi: {actorLabel(t.Actor)}\nBase giuridica: {t.LegalBasis}\nStato: {state}"
            + (t.AssicurazionePrefetto && !feedTask.Cancelled ? "\nDare assicurazione al Prefetto dell'avvenuto adempimento." : "")
            + $"\n{url}";
        var calendarEvent = new CalendarEvent
        {
            // The tornata, ente and rule identify an act for good, also if its row is rebuilt.
            Uid = $"{t.TornataId}-{t.EnteCode}-{t.RuleId}@scadenzario",
            Sequence = feedTask.Sequence,
            DtStamp = stamp,
            DtStart = ToCal(span.Start, span.AllDay),
            DtEnd = ToCal(span.End, span.AllDay),
            Summary = (t.Status == AdempimentoStatus.Completato ? "✓ " : "") + t.Title,
            Description = description,
            Url = url,
            Status = feedTask.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            // A deadline does not make anyone busy: it must not block free/busy time.
            Transparency = TransparencyType.Transparent,
        };
        calendarEvent.Categories.Add(Display.Consultation(t.Consultation));
        // No reminder for what is done or cancelled, nor for the acts of others: it would only ring for nothing.
        if (feed.AlarmDaysBefore is { } days && !feedTask.Cancelled && t.Status != AdempimentoStatus.Completato && ActStates.IsOwn(t.Owner))
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = $"Scadenza: {t.Title}",
                Trigger = new Trigger(AlarmOffset(span.Start, Deadline(t, span.End), days)),
            });
        }

        return calendarEvent;
    }

    /// <summary>
    /// The reminder <paramref name="days"/> days before the deadline (at its hour, or at 9:00 when it has
    /// none), written relative to the event's start: RELATED=END is read by fewer clients.
    /// </summary>
    private static Ical.Net.DataTypes.Duration AlarmOffset(LocalDateTime start, LocalDateTime deadline, int days)
    {
        var offset = NodaTime.Period.Between(start, deadline.PlusDays(-days), PeriodUnits.Days | PeriodUnits.Hours | PeriodUnits.Minutes);
        return new Ical.Net.DataTypes.Duration(null, NullIfZero(offset.Days), NullIfZero((int)offset.Hours), NullIfZero((int)offset.Minutes), null);
    }

    private static int? NullIfZero(int value) => value == 0 ? null : value;

    /// <summary>The moment the act is due: its hour, or 9:00 on its day when the law gives no hour.</summary>
    private static LocalDateTime Deadline(Adempimento t, LocalDateTime end) =>
        t.DueTime is null ? t.DueDate!.Value + AllDayAlarmTime : end;

    private static CalDateTime ToCal(LocalDateTime local, bool allDay) =>
        allDay ? new CalDateTime(local.Date.ToDateOnly()) : new CalDateTime(local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly(), TimeZoneId);

    private readonly record struct Span(LocalDateTime Start, LocalDateTime End, bool AllDay);

    /// <summary>
    /// All-day events when the law gives no hour (a period spans its days); a deadline with an
    /// hour ends at that hour, an hour after it starts, so it shows before the time runs out.
    /// </summary>
    private static Span Times(Adempimento t)
    {
        var due = t.DueDate!.Value;
        if (t.DueTime is null)
        {
            var first = t.StartDate is { } s && s < due && t.StartTime is null ? s : due;
            return new(first.AtMidnight(), due.PlusDays(1).AtMidnight(), AllDay: true);
        }

        var end = t.DueLocal!.Value;
        var start = t.StartDate is { } sd && t.StartTime is { } st && st.On(sd) is var local && local < end ? local : end.PlusHours(-1);
        return new(start, end, AllDay: false);
    }
}
