using NodaTime;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Derivation;

/// <summary>
/// How a refusal tells the user what to type: the CLI's option with the date as it is typed, the
/// day in words beside a form's date fields, or the API's request fields (an example day is then
/// given in words, as to a form).
/// </summary>
public enum VotingDaysAdvice
{
    CommandLine,
    Form,
    Api,
}

/// <summary>How the citizens or the electors vote in a tornata, which decides the days it may have.</summary>
public enum VotingLevel
{
    /// <summary>Citizens vote in the polling stations (europee, comunali, ballottaggio, and any future direct consultation).</summary>
    Direct,

    /// <summary>The councillors elect the consiglio metropolitano or provinciale (L. 56/2014) on the one day the decree sets.</summary>
    SecondLevel,
}

/// <summary>
/// The voting days the law allows, checked in one place for the CLI, the web and the API:
/// <list type="bullet">
///   <item>a direct election votes on a Sunday, on Saturday and Sunday, or on Sunday and Monday
///   (Sunday alone: art. 1 L. 182/1991 and every tornata before 2009; Sunday and Monday: art. 1
///   D.L. 3/2009, 2011, 2021; Saturday and Sunday: art. 1 D.L. 7/2024, 2024);</item>
///   <item>a second-level election (art. 1, commi 33-38 and 58-78, L. 56/2014) votes on the single
///   day its decree sets, "dalle ore 8 alle ore 20", often a weekday (e.g. Wednesday 31 October 2018);</item>
///   <item>the first day is after today (Europe/Rome) and, for a new tornata or a postponement, the
///   last day is at most two years ahead: a later date is a typing error, not a decree.</item>
/// </list>
/// Pure: today is given by the caller's injected clock. Messages are Italian and say what to type.
/// </summary>
public static class VotingDaysPolicy
{
    /// <summary>How far ahead a tornata may be set: the decrees convene the vote 45-55 days before it.</summary>
    public const int MaxYearsAhead = 2;

    /// <summary>The level a consultation is voted at.</summary>
    public static VotingLevel LevelOf(ConsultationType type) =>
        type is ConsultationType.Metropolitane or ConsultationType.Provinciali ? VotingLevel.SecondLevel : VotingLevel.Direct;

    /// <summary>
    /// Null when <paramref name="days"/> are one or two days that a tornata of <paramref name="level"/>
    /// may have, between tomorrow and <see cref="MaxYearsAhead"/> years from <paramref name="today"/>;
    /// otherwise the Italian problem. <paramref name="what"/> names the days in the message
    /// ("I giorni della votazione", "I nuovi giorni della votazione").
    /// </summary>
    public static string? Problem(
        IReadOnlyList<LocalDate> days, VotingLevel level, LocalDate today, string what = "I giorni della votazione", VotingDaysAdvice advice = VotingDaysAdvice.CommandLine)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count is not (1 or 2) || (days.Count == 2 && days[1] != days[0].PlusDays(1)))
        {
            return $"{what} devono essere uno o due giorni consecutivi: indicare ad esempio {Example(today, level, advice)}.";
        }

        if (days[0] <= today)
        {
            return $"{what} ({Describe(days)}) sono già passati: indicare una data futura, ad esempio {Example(today, level, advice)}.";
        }

        var limit = today.PlusYears(MaxYearsAhead);
        if (days[^1] > limit)
        {
            return $"{what} ({Describe(days)}) sono oltre due anni da oggi (il limite è {ItalianDates.Long(limit)}): controllare l'anno, ad esempio {Example(today, level, advice)}.";
        }

        return ShapeProblem(days, level, today, advice);
    }

    /// <summary>
    /// Null when a consultation of <paramref name="type"/> can be held on <paramref name="days"/>;
    /// otherwise the Italian reason it cannot (europee on a Wednesday, metropolitane on two days).
    /// Only the days' shape is checked: a consultation added to a tornata already under way is not past-dated.
    /// </summary>
    public static string? ConsultationProblem(ConsultationType type, IReadOnlyList<LocalDate> days, VotingDaysAdvice advice = VotingDaysAdvice.CommandLine)
    {
        ArgumentNullException.ThrowIfNull(days);
        var level = LevelOf(type);
        if (ShapeProblem(days, level, null, advice) is null)
        {
            return null;
        }

        return level == VotingLevel.Direct
            ? $"«{type.Label()}» è un'elezione diretta e non può tenersi {Describe(days)}: si vota di domenica, oppure sabato e domenica o domenica e lunedì; aggiungerla a una tornata con questi giorni."
            : $"«{type.Label()}» è un'elezione di secondo grado e si tiene nel solo giorno fissato dal decreto, non {Describe(days)}: aggiungerla a una tornata di un solo giorno" +
              (advice == VotingDaysAdvice.CommandLine ? " (scadenzario tornata create --secondo-grado --voting-days AAAA-MM-GG)." : ", creata come tornata di secondo grado.");
    }

    /// <summary>The level of a tornata with these consultations: second level only when every one is; none yet means unknown (null).</summary>
    public static VotingLevel? LevelOf(IEnumerable<ConsultationType> consultations)
    {
        var levels = consultations.Select(LevelOf).Distinct().ToList();
        return levels.Count == 0 ? null : levels.Contains(VotingLevel.Direct) ? VotingLevel.Direct : VotingLevel.SecondLevel;
    }

    private static string? ShapeProblem(IReadOnlyList<LocalDate> days, VotingLevel level, LocalDate? today, VotingDaysAdvice advice)
    {
        if (days.Count is not (1 or 2) || (days.Count == 2 && days[1] != days[0].PlusDays(1)))
        {
            return "I giorni della votazione devono essere uno o due giorni consecutivi.";
        }

        var example = today is { } t ? Example(t, level, advice) : advice == VotingDaysAdvice.CommandLine ? "--voting-days AAAA-MM-GG" : "una domenica";
        if (level == VotingLevel.SecondLevel)
        {
            return days.Count == 1
                ? null
                : $"Le elezioni di secondo grado si tengono in un solo giorno, quello fissato dal decreto, non {Describe(days)}: indicare ad esempio {example}.";
        }

        var sunday = days.Count == 1
            ? days[0].DayOfWeek == IsoDayOfWeek.Sunday
            : days[0].DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return sunday
            ? null
            : $"Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, non {Describe(days)}: indicare ad esempio {example}.";
    }

    /// <summary>"domenica 9 giugno 2024", "sabato 8 e domenica 9 giugno 2024".</summary>
    public static string Describe(IReadOnlyList<LocalDate> days) => days.Count switch
    {
        1 => ItalianDates.Long(days[0]),
        2 => $"{ItalianDates.Long(days[0])} e {ItalianDates.Long(days[1])}",
        _ => string.Join(", ", days.Select(ItalianDates.Long)),
    };

    // The first plausible day after today, written as the user must type it (the CLI), or in words (a form).
    private static string Example(LocalDate today, VotingLevel level, VotingDaysAdvice advice)
    {
        var day = today.PlusDays(1);
        if (level == VotingLevel.Direct)
        {
            while (day.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                day = day.PlusDays(1);
            }
        }

        return advice == VotingDaysAdvice.CommandLine ? "--voting-days " + day.ToString("yyyy-MM-dd", null) : ItalianDates.Long(day);
    }
}
