using Scadenzario.Calendars;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Model;

/// <summary>What a waiting act is counted from: an event an office records, or another act.</summary>
public enum WaitingKind
{
    Event,
    Rule,
}

/// <summary>
/// What an act in attesa waits for. Stored in <c>adempimento.waiting_for</c> as a code
/// (<c>event:liste-ammesse</c>, <c>rule:liste.esame</c>; a bare id, from before the prefix, is an
/// event), read into this type by the database mapping, and said in Italian by <see cref="Italian"/>
/// only: the code never reaches a page, an email or the feed.
/// </summary>
public sealed record WaitingFor(WaitingKind Kind, string Target)
{
    private const string EventPrefix = "event:";
    private const string RulePrefix = "rule:";

    public static WaitingFor Event(string id) => new(WaitingKind.Event, id);

    public static WaitingFor Rule(string id) => new(WaitingKind.Rule, id);

    /// <summary>The stored code.</summary>
    public string Code => (Kind == WaitingKind.Event ? EventPrefix : RulePrefix) + Target;

    public static WaitingFor Parse(string code) =>
        code.StartsWith(RulePrefix, StringComparison.Ordinal) ? Rule(code[RulePrefix.Length..])
        : code.StartsWith(EventPrefix, StringComparison.Ordinal) ? Event(code[EventPrefix.Length..])
        : code.Contains(':', StringComparison.Ordinal) ? throw new FormatException($"attesa \"{code}\" sconosciuta (ammesse: {EventPrefix}…, {RulePrefix}…)")
        : Event(code);

    /// <summary>
    /// What the act waits for, as offices read it: the event's label from the calendars, the outcome
    /// of the first round for the ballottaggio's acts, or the title of the act it is counted from.
    /// </summary>
    public string Italian(CalendarSet calendars) => Kind switch
    {
        WaitingKind.Event when Target is WorkflowEvents.BallottaggioNecessario or "ballottaggio" => "l'esito del primo turno: se si tiene il ballottaggio",
        WaitingKind.Event when WorkflowEvents.IsWorkflowEvent(Target) => WorkflowEvents.Label(Target),
        WaitingKind.Event when calendars.Events.TryGetValue(Target, out var label) => label,
        WaitingKind.Rule when calendars.Rules.FirstOrDefault(r => r.Id == Target) is { } rule => $"l'adempimento «{rule.Title}»",
        WaitingKind.Rule => "l'adempimento da cui decorre il termine",
        _ => "un evento non ancora registrato",
    };
}
