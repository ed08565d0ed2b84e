using NodaTime;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Derivation;

/// <summary>Marks on a derived deadline.</summary>
[Flags]
public enum DeadlineFlags
{
    None = 0,

    /// <summary>The deadline (or the single day) is a Sunday, a public holiday or the patron saint's day: offices must be open.</summary>
    Festivo = 1,

    /// <summary>A window opens on a Sunday, a public holiday or the patron saint's day.</summary>
    InizioFestivo = 2,

    /// <summary>The comune must send the assicurazione al Prefetto once done.</summary>
    AssicurazionePrefetto = 4,
}

/// <summary>
/// One act of a derived calendar: the rule, and when it falls for these facts. For windows
/// (<see cref="RuleKind.Periodo"/>, <see cref="RuleKind.Divieto"/>, lasting events) the start is
/// set; <see cref="Date"/> is the deadline or the single day, null while <see cref="Pending"/>.
/// </summary>
public readonly record struct Deadline(
    Rule Rule,
    RuleVariant Variant,
    LocalDate? StartDate,
    ClockTime? StartTime,
    LocalDate? Date,
    ClockTime? Time,
    int? OffsetDays,
    DeadlineFlags Flags)
{
    /// <summary>Waiting for an event (or an act anchored to one) before it can be dated.</summary>
    public bool Pending => Date is null;

    /// <summary>Whose work the act is (the rule's actor's owner).</summary>
    public ActorOwner Owner => Rule.Owner;

    public string LegalBasis => Variant.LegalBasis ?? Rule.LegalBasis;

    public string? Note => Variant.Note ?? Rule.Note;

    /// <summary>The local date and time by which the act is due ("ore 24" is the next midnight); the day's end when the law gives no hour.</summary>
    public LocalDateTime? DueLocal => Date is { } date ? (Time ?? ClockTime.EndOfDay).On(date) : null;
}

/// <summary>A calendar derived for one set of facts, with the calendar version that produced it.</summary>
public sealed record DerivedCalendar(
    string CalendarVersion,
    ElectionFacts Facts,
    VotingDays VotingDays,
    VotingDays? Ballottaggio,
    PopulationClass PopulationClass,
    IReadOnlyList<Deadline> Deadlines)
{
    /// <summary>How the comune was classified: the limit that applied and whether the capoluogo rule decided.</summary>
    public Classification Classification { get; init; }
}
