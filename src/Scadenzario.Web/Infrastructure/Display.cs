using NodaTime;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Infrastructure;

/// <summary>How dates, states and deadlines read on the pages, in Italian.</summary>
public static class Display
{
    public static System.Globalization.CultureInfo Italian { get; } = System.Globalization.CultureInfo.GetCultureInfo("it-IT");

    /// <summary>A percentage as the law computes it, truncated at the third decimal: "45,000".</summary>
    public static string Percent(decimal value) => value.ToString("N3", Italian);

    public static string Number(long value) => value.ToString("N0", Italian);

    public static string Date(LocalDate date) => ItalianDates.Long(date);

    public static string Date(LocalDate? date) => date is { } d ? ItalianDates.Long(d) : "—";

    /// <summary>"lunedì 10 maggio 2027, ore 12:00", or only the day when the law gives no hour.</summary>
    public static string Due(Adempimento task) => Due(task.DueDate, task.DueTime) ?? "in attesa di un evento";

    public static string? Due(LocalDate? date, ClockTime? time) =>
        date is { } d ? ItalianDates.LongWithHour(d, time) : null;

    /// <summary>A stored due moment as offices read it ("ore 24" at the end of a day): <see cref="AuditText.DueMoment"/>.</summary>
    public static string DueMoment(LocalDateTime? moment) => AuditText.DueMoment(moment);

    public static string Moment(Instant instant) => AuditText.Moment(instant);

    /// <summary>The state of the act as <see cref="ActStates"/> decides it, in Italian.</summary>
    public static string Status(Adempimento task, Instant now, LocalDate today) => ActStates.Label(ActStates.Of(task, new ActClock(now, today)));

    /// <summary>Bootstrap Italia badge colour for a state; text stays dark on light badges for contrast.</summary>
    public static string StatusBadge(Adempimento task, Instant now, LocalDate today) => ActStates.Of(task, new ActClock(now, today)) switch
    {
        ActState.Scaduto => "bg-danger",
        ActState.Oggi or ActState.InScadenza => "badge-in-scadenza",
        ActState.Completato => "bg-success",
        ActState.InAttesa or ActState.Trascorso => "bg-secondary",
        ActState.NonApplicabile or ActState.DaSapere => "bg-light text-dark",
        _ => "bg-primary",
    };

    /// <summary>"ore 12:00"; "ore 24", the end of the day, as the law writes it.</summary>
    public static string Hour(ClockTime time) => ItalianDates.Hour(time);

    public static string Consultation(ConsultationType type) => type.Label();

    /// <summary>The audit details ({"protocollo": "…", "nota": null}) as "protocollo: …".</summary>
    public static string AuditDetails(string json) => AuditText.Details(json);

    public static string Audit(AuditAction action) => AuditText.Action(action);
}
