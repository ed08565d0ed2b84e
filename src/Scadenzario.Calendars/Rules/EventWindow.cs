using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Rules;

/// <summary>Which voting days an event's window counts from.</summary>
public enum EventWindowAnchor
{
    /// <summary>The tornata's vote (the first round).</summary>
    Vote,

    /// <summary>The ballottaggio's days (by law the second Sunday after the first round).</summary>
    Ballottaggio,
}

/// <summary>
/// The days on which an event of <c>index.yaml</c> can plausibly happen, relative to the vote, both
/// ends included. A bound counts like a rule's <c>day</c> with one difference at 0:
/// <list type="bullet">
///   <item>a negative bound is that day before the <b>giorno della votazione</b> (the Sunday:
///   <c>-28</c> is "il 28° giorno antecedente quello della votazione");</item>
///   <item>a bound of 0 or more counts from the <b>last voting day</b>, when the vote closes: 0 is
///   that day, so an event "from-day 0" (the close of the count) can never be before the vote
///   ends, also when voting continues on Monday.</item>
/// </list>
/// </summary>
public sealed record EventWindow(int FromDay, int ToDay, EventWindowAnchor Anchor = EventWindowAnchor.Vote)
{
    /// <summary>The first and last admitted day for the voting days <paramref name="votes"/> of the window's anchor.</summary>
    public (LocalDate First, LocalDate Last) Days(VotingDays votes) => (Bound(FromDay, votes), Bound(ToDay, votes));

    /// <summary>
    /// Null when <paramref name="day"/> is inside the window; otherwise the Italian problem, naming
    /// the admitted days (e.g. "indicare un giorno da lunedì 10 giugno 2024 a giovedì 13 giugno 2024").
    /// </summary>
    public string? Problem(string label, LocalDate day, VotingDays votes)
    {
        var (first, last) = Days(votes);
        if (day >= first && day <= last)
        {
            return null;
        }

        var vote = Anchor == EventWindowAnchor.Ballottaggio ? "al ballottaggio" : "alla votazione";
        var held = votes.Count == 1 ? $"che si tiene {ItalianDates.Long(votes.Last)}" : $"che si chiude {ItalianDates.Long(votes.Last)}";
        var why = FromDay >= 0 && day < votes.Last
            ? $"è precedente {vote} ({held}), ma questo evento ne segue la chiusura"
            : $"è fuori dai giorni ammessi rispetto {vote} ({held})";
        var admitted = first == last ? $"indicare {ItalianDates.Long(first)}" : $"indicare un giorno da {ItalianDates.Long(first)} a {ItalianDates.Long(last)}";
        return $"{label}: {ItalianDates.Long(day)} {why}; {admitted}.";
    }

    private static LocalDate Bound(int day, VotingDays votes) => day < 0 ? votes.Reference.PlusDays(day) : votes.Last.PlusDays(day);
}

/// <summary>An event of <c>index.yaml</c> (or of a rule file): its Italian label and, when declared, its window.</summary>
public sealed record EventDefinition(string Id, string Label, EventWindow? Window);
