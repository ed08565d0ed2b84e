namespace Scadenzario.Calendars.Rules;

/// <summary>What a time point counts from.</summary>
public enum AnchorKind
{
    /// <summary>
    /// The vote of the first round. Days before it (and day 0, and months) count from the giorno
    /// della votazione (the Sunday of the tornata); days after it count from the last voting day.
    /// </summary>
    Vote,

    /// <summary>The first voting day, whatever the sign of the offset.</summary>
    VoteFirstDay,

    /// <summary>The last voting day, whatever the sign of the offset.</summary>
    VoteLastDay,

    /// <summary>The ballottaggio's voting day(s), counted like <see cref="Vote"/>.</summary>
    Ballottaggio,

    /// <summary>An event an office records (e.g. receipt of the admitted lists); pending until given.</summary>
    Event,

    /// <summary>The date of another rule (its start or its end).</summary>
    Rule,
}

/// <summary>Which end of an anchored rule's window an anchor refers to.</summary>
public enum Edge
{
    End,
    Start,
}

/// <summary>
/// One instant of the law's calendar, relative to an anchor: "il 29° giorno antecedente quello della
/// votazione, ore 12" is <c>{ Days = -29, Time = 12:00 }</c>. Months are added first (the 31st
/// becomes the last day of a shorter month), then days, then working days, then the roll.
/// </summary>
public sealed record TimePoint
{
    public AnchorKind Anchor { get; init; } = AnchorKind.Vote;

    /// <summary>The event id or rule id for <see cref="AnchorKind.Event"/> and <see cref="AnchorKind.Rule"/>.</summary>
    public string? Target { get; init; }

    public Edge Edge { get; init; } = Edge.End;

    public int Days { get; init; }

    public int Months { get; init; }

    /// <summary>
    /// Working days to count after months and days: forward when positive (1 = "il giorno
    /// lavorativo successivo"), back when negative ("il terzo giorno antecedente, esclusi i
    /// festivi" is -3). Sundays, national holidays and the patron saint's day are not counted.
    /// </summary>
    public int WorkingDays { get; init; }

    /// <summary>When the day is not a working day, move to the next one.</summary>
    public bool RollToWorkingDay { get; init; }

    public ClockTime? Time { get; init; }

    /// <summary>
    /// A parameter of <c>index.yaml</c> the decree of the tornata may set: an hour replaces
    /// <see cref="Time"/> on the computed day, a date and hour replaces both. Unset, the point is
    /// as written, so <see cref="Time"/> is the law's default.
    /// </summary>
    public string? Parameter { get; init; }

    /// <summary>
    /// Whether a vote-anchored count starts from the last voting day: days after the vote do,
    /// days before it and months ("quattro mesi dalla data delle consultazioni") do not.
    /// </summary>
    public bool CountsFromLastVotingDay => Months == 0 && (Days > 0 || WorkingDays > 0);
}
