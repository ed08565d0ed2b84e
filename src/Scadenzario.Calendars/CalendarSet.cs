using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Loading;
using NodaTime;
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
        IReadOnlyDictionary<string, ActorDefinition> actors,
        IReadOnlyList<EventDefinition> events,
        PopulationThresholds thresholds,
        IReadOnlyDictionary<string, ParameterDefinition> parameters,
        IReadOnlyList<ScopeDeclarations> scopes,
        Jurisdictions jurisdictions)
    {
        Version = version;
        Rules = rulesInDerivationOrder;
        Actors = actors.ToDictionary(a => a.Key, a => a.Value.Label, StringComparer.Ordinal);
        Owners = actors.ToDictionary(a => a.Key, a => a.Value.Owner, StringComparer.Ordinal);
        Events = events.ToDictionary(e => e.Id, e => e.Label, StringComparer.Ordinal);
        EventDefinitions = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Thresholds = thresholds;
        Parameters = parameters;
        Scopes = scopes;
        deriver = new CalendarDeriver(this, jurisdictions);
        DerivableRules = [.. jurisdictions.All.SelectMany(j => j.Rules).Distinct(ReferenceEqualityComparer.Instance).Cast<Rule>()];
    }

    /// <summary>The version of <c>index.yaml</c> and a hash of every file's content, e.g. <c>2026.11.1+3f2a9c1b2d4e</c>.</summary>
    public string Version { get; }

    /// <summary>Every rule definition, national and scoped, ordered so that a rule comes after the rules it is anchored to.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>
    /// Every rule definition as a derivation hands it out (<see cref="Deadline.Rule"/>), the same
    /// instances: the scoped ones with the actor who acts in their territory. What a store of the
    /// rules' texts must hold so that every derived act finds its text.
    /// </summary>
    public IReadOnlyList<Rule> DerivableRules { get; }

    /// <summary>Actor id → Italian label.</summary>
    public IReadOnlyDictionary<string, string> Actors { get; }

    /// <summary>Actor id → whose work its acts are (the <c>owner</c> of <c>index.yaml</c>).</summary>
    public IReadOnlyDictionary<string, ActorOwner> Owners { get; }

    /// <summary>Event id → Italian label.</summary>
    public IReadOnlyDictionary<string, string> Events { get; }

    /// <summary>Event id → label and window (the days it may be recorded on, relative to the vote).</summary>
    public IReadOnlyDictionary<string, EventDefinition> EventDefinitions { get; }

    public PopulationThresholds Thresholds { get; }

    /// <summary>Parameter id → definition: what the decree of a tornata may set (voting hours, start of the count).</summary>
    public IReadOnlyDictionary<string, ParameterDefinition> Parameters { get; }

    /// <summary>The scoped files of <c>calendars/regioni/</c>: what each says about the national rules.</summary>
    public IReadOnlyList<ScopeDeclarations> Scopes { get; }

    /// <summary>Loads and validates <paramref name="directory"/>; throws <see cref="CalendarLoadException"/> listing every error.</summary>
    public static CalendarSet Load(string directory) => CalendarLoader.Load(directory);

    /// <summary>Every act the rules require for <paramref name="facts"/>, sorted by date and hour.</summary>
    /// <exception cref="InvalidFactsException">The facts cannot be used (unknown event, population below 1, invalid parameter, …).</exception>
    public DerivedCalendar Derive(ElectionFacts facts) => deriver.Derive(facts);

    /// <summary>
    /// The Italian problems of the tornata's parameters (empty when valid): unknown ids, values that
    /// are not an hour or a date and hour, and, when the voting days are given, dates outside the
    /// definition's window.
    /// </summary>
    public IReadOnlyList<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters) => ValidateParameters(parameters, null);

    /// <inheritdoc cref="ValidateParameters(IReadOnlyDictionary{string, string})"/>
    public IReadOnlyList<string> ValidateParameters(IReadOnlyDictionary<string, string> parameters, VotingDays? votingDays)
    {
        var problems = new List<string>();
        foreach (var (id, text) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Parameters.TryGetValue(id, out var definition))
            {
                problems.Add($"parametro sconosciuto \"{id}\"; parametri previsti: {string.Join(", ", Parameters.Keys.Order(StringComparer.Ordinal))}.");
            }
            else if (ParameterValue.Parse(definition, text, votingDays?.Last, out var problem) is null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>
    /// Null when <paramref name="eventId"/> may be recorded on <paramref name="day"/>: the event is
    /// known and the day is inside its window (an event without a window takes any day); otherwise
    /// the Italian problem, naming the admitted days. <paramref name="ballottaggio"/> are the
    /// ballottaggio's days, for the windows anchored to it (null: not held, no check on them).
    /// </summary>
    public string? EventDayProblem(string eventId, LocalDate day, VotingDays vote, VotingDays? ballottaggio)
    {
        ArgumentNullException.ThrowIfNull(vote);
        if (!EventDefinitions.TryGetValue(eventId, out var definition))
        {
            return $"Evento sconosciuto \"{eventId}\". Eventi previsti: {string.Join(", ", EventDefinitions.Keys.Order(StringComparer.Ordinal))}.";
        }

        return definition.Window switch
        {
            null => null,
            { Anchor: EventWindowAnchor.Ballottaggio } window => ballottaggio is null ? null : window.Problem(definition.Label, day, ballottaggio),
            var window => window.Problem(definition.Label, day, vote),
        };
    }

    public string ActorLabel(string actor) => Actors.GetValueOrDefault(actor, actor);

    /// <summary>Whose work the acts of <paramref name="actor"/> are; an actor the calendars do not declare is nobody's task (<see cref="ActorOwner.Altri"/>).</summary>
    public ActorOwner OwnerOf(string actor) => Owners.GetValueOrDefault(actor, ActorOwner.Altri);
}
