using NodaTime;

namespace Scadenzario.Calendars.Rules;

/// <summary>Whether a comune is above the population threshold of its region (art. 71-73 TUEL).</summary>
public enum PopulationClass
{
    Inferiore,
    Superiore,
}

/// <summary>
/// The conditions under which a rule (or one of its variants) applies. Every condition that is set
/// must hold; an empty instance always holds.
/// </summary>
public sealed record Conditions
{
    public static Conditions Always { get; } = new();

    public PopulationClass? Population { get; init; }

    /// <summary>
    /// The legal population must be above this figure. Unlike <see cref="Population"/>, which
    /// follows the superiore/inferiore classification (a capoluogo, 3,000 in Trento), this is the
    /// headcount a law names: L. 3/2019 art. 1 c. 15 binds "comuni con popolazione superiore a
    /// 15.000 abitanti", capoluoghi of 14,000 inhabitants included or not by the figure alone.
    /// </summary>
    public int? PopulationAbove { get; init; }

    /// <summary>The legal population must be at most this figure ("sino a N abitanti").</summary>
    public int? PopulationAtMost { get; init; }

    // Arrays behind the lists: conditions are tested for every rule of every derivation, and
    // an array is read without an interface call or a boxed enumerator.
    private readonly ConsultationType[] with = [];
    private readonly ConsultationType[] without = [];
    private readonly string[] regions = [];
    private readonly string[] provinces = [];

    /// <summary>Consultations that must all be held in the same tornata.</summary>
    public IReadOnlyList<ConsultationType> With { get => with; init => with = [.. value]; }

    /// <summary>Consultations none of which may be held in the same tornata.</summary>
    public IReadOnlyList<ConsultationType> Without { get => without; init => without = [.. value]; }

    public int? VotingDays { get; init; }

    public IsoDayOfWeek? FirstVotingDay { get; init; }

    /// <summary>Whether a ballottaggio is held for the comune.</summary>
    public bool? Ballottaggio { get; init; }

    public bool? SpecialStatute { get; init; }

    /// <summary>ISTAT names of the regions one of which must be the comune's; empty = any.</summary>
    public IReadOnlyList<string> Regions { get => regions; init => regions = [.. value]; }

    /// <summary>Province siglas (upper case) one of which must be the comune's; empty = any.</summary>
    public IReadOnlyList<string> Provinces { get => provinces; init => provinces = [.. value]; }

    /// <summary>Whether the comune must (or must not) be a capoluogo di provincia.</summary>
    public bool? Capoluogo { get; init; }

    private readonly ParameterCondition[] parameters = [];

    /// <summary>Choice parameters the tornata must set to these values (the kind of a referendum); unset means the condition fails.</summary>
    public IReadOnlyList<ParameterCondition> Parameters { get => parameters; init => parameters = [.. value]; }

    internal bool HoldFor(in ConditionFacts facts)
    {
        if (Population is { } population && population != facts.Population)
        {
            return false;
        }

        foreach (var required in with)
        {
            if (!facts.Holds(required))
            {
                return false;
            }
        }

        foreach (var excluded in without)
        {
            if (facts.Holds(excluded))
            {
                return false;
            }
        }

        foreach (var (name, value) in parameters)
        {
            if (facts.Parameters is null || !facts.Parameters.TryGetValue(name, out var set) || !string.Equals(set.Trim(), value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if ((PopulationAbove is { } above && facts.Inhabitants <= above)
            || (PopulationAtMost is { } atMost && facts.Inhabitants > atMost))
        {
            return false;
        }

        return (VotingDays is not { } days || days == facts.VotingDayCount)
            && (FirstVotingDay is not { } weekday || weekday == facts.FirstVotingDay)
            && (Ballottaggio is not { } ballottaggio || ballottaggio == facts.HasBallottaggio)
            && (SpecialStatute is not { } special || special == facts.SpecialStatute)
            && (Capoluogo is not { } capoluogo || capoluogo == facts.Capoluogo)
            && (regions.Length == 0 || (facts.Region is { } region && Contains(regions, region)))
            && (provinces.Length == 0 || (facts.Province is { } province && Contains(provinces, province)));
    }

    private static bool Contains(string[] list, string value)
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A <c>when: { parameter: { NAME: VALUE } }</c> entry: the tornata sets the choice parameter NAME to VALUE.</summary>
public readonly record struct ParameterCondition(string Name, string Value);

/// <summary>The facts of one derivation that conditions look at, computed once.</summary>
internal readonly record struct ConditionFacts(
    PopulationClass Population,
    int ConsultationMask,
    int VotingDayCount,
    IsoDayOfWeek FirstVotingDay,
    bool HasBallottaggio,
    bool SpecialStatute,
    string? Region,
    string? Province,
    bool Capoluogo,
    int Inhabitants,
    IReadOnlyDictionary<string, string>? Parameters = null)
{
    public bool Holds(ConsultationType type) => (ConsultationMask & (1 << (int)type)) != 0;
}
