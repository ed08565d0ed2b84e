using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars;

/// <summary>
/// The validated rules of <c>calendars/</c>, ready to derive calendars from. Immutable and safe to
/// share between threads; load it once.
/// </summary>
public sealed class CalendarSet
{
    private readonly CalendarDeriver deriver;

    internal CalendarSet(
        string version,
        IReadOnlyList<Rule> rulesInDerivationOrder,
        IReadOnlyDictionary<string, string> actors,
        IReadOnlyDictionary<string, string> events,
        PopulationThresholds thresholds)
    {
        Version = version;
        Rules = rulesInDerivationOrder;
        Actors = actors;
        Events = events;
        Thresholds = thresholds;
        deriver = new CalendarDeriver(this);
    }

    /// <summary>The version of <c>index.yaml</c> and a hash of every file's content, e.g. <c>2026.11.1+3f2a9c1b2d4e</c>.</summary>
    public string Version { get; }

    /// <summary>Every rule definition, ordered so that a rule comes after the rules it is anchored to.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Actor id → Italian label.</summary>
    public IReadOnlyDictionary<string, string> Actors { get; }

    /// <summary>Event id → Italian label.</summary>
    public IReadOnlyDictionary<string, string> Events { get; }

    public PopulationThresholds Thresholds { get; }

    /// <summary>Loads and validates <paramref name="directory"/>; throws <see cref="CalendarLoadException"/> listing every error.</summary>
    public static CalendarSet Load(string directory) => CalendarLoader.Load(directory);

    /// <summary>Every act the rules require for <paramref name="facts"/>, sorted by date and hour.</summary>
    /// <exception cref="InvalidFactsException">The facts cannot be used (unknown event, population below 1, …).</exception>
    public DerivedCalendar Derive(ElectionFacts facts) => deriver.Derive(facts);

    /// <summary>The Italian problems of a tornata's parameters (dates checked against <paramref name="votingDays"/> when given); empty when they are valid.</summary>
    public IReadOnlyList<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters, VotingDays? votingDays = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return [];
    }

    public string ActorLabel(string actor) => Actors.GetValueOrDefault(actor, actor);
}
