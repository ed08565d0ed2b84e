using NodaTime;
using Scadenzario.Data.Model;
using Scadenzario.Web.Features.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Feed;

/// <summary>An ente's acts as calendar events.</summary>
public static class FeedCalendar
{
    public static string Build(string enteName, IEnumerable<DatedTask> tasks, Instant stamp, Func<string, string> actorLabel) =>
        ICalendarWriter.Write($"Scadenzario – {enteName}", stamp, tasks.Where(t => t.Task.DueLocal is not null).Select(t => ToEvent(t, actorLabel)));

    public static CalendarEvent ToEvent(DatedTask dated, Func<string, string> actorLabel)
    {
        var t = dated.Task;
        var (start, end) = Times(t);
        var state = t.Status == AdempimentoStatus.Completato
            ? $"completato il {Display.Moment(t.CompletedAt!.Value)}{(t.ProtocolNumber is null ? "" : $", protocollo {t.ProtocolNumber}")}"
            : "da fare";
        var description = $"{t.Title}\nChi: {actorLabel(t.Actor)}\nBase giuridica: {t.LegalBasis}\nStato: {state}"
            + (t.AssicurazionePrefetto ? "\nDare assicurazione al Prefetto dell'avvenuto adempimento." : "");
        return new CalendarEvent(
            // The tornata, ente and rule identify an act for good, also if its row is rebuilt.
            Uid: $"{t.TornataId}-{t.EnteCode}-{t.RuleId}@scadenzario",
            Sequence: dated.Moves,
            Summary: (t.Status == AdempimentoStatus.Completato ? "✓ " : "") + t.Title,
            Description: description,
            Category: Display.Consultation(t.Consultation),
            start,
            end);
    }

    /// <summary>
    /// All-day events when the law gives no hour (a period spans its days); a deadline with an
    /// hour ends at that hour, an hour after it starts, so it shows before the time runs out.
    /// </summary>
    private static (EventTime Start, EventTime End) Times(Adempimento t)
    {
        var due = t.DueDate!.Value;
        if (t.DueTime is null)
        {
            var first = t.StartDate is { } s && s < due && t.StartTime is null ? s : due;
            return (EventTime.AllDay(first), EventTime.AllDay(due.PlusDays(1)));
        }

        var end = t.DueLocal!.Value;
        var start = t.StartDate is { } sd && t.StartTime is { } st && TryLocal(sd, st) is { } local && local < end ? local : end.PlusHours(-1);
        return (EventTime.InRome(start), EventTime.InRome(end));
    }

    private static LocalDateTime? TryLocal(LocalDate day, string time) =>
        time == "24:00" ? day.PlusDays(1).AtMidnight()
        : NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(time) is { Success: true } parsed ? day + parsed.Value : null;
}
