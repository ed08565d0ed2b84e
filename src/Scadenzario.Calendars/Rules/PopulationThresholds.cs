using NodaTime;

namespace Scadenzario.Calendars.Rules;

/// <summary>
/// A threshold of one region or province for a period of validity: <c>{ region: Sicilia, limit:
/// 10000, valid: { to: 2016-09-01 } }</c>. A null <see cref="Province"/> covers the whole region.
/// </summary>
public sealed record ScopedThreshold(string Region, string? Province, int Limit, Validity Validity, string? LegalBasis)
{
    public bool Matches(string? region, string? province, LocalDate votingDay) =>
        region == Region && (Province is null || province == Province) && Validity.Contains(votingDay);
}

/// <summary>
/// "Every capoluogo di provincia votes as a comune superiore, whatever its population" (art. 3 D.L.
/// 7/2024), from <see cref="Validity"/>; with <see cref="ExceptSpecialStatute"/> the special-statute
/// regions (and so the provinces of Trento and Bolzano) keep their own law.
/// </summary>
public sealed record CapoluogoRule(Validity Validity, bool ExceptSpecialStatute, string? LegalBasis);

/// <summary>How a comune was classified, and by which figure and law.</summary>
public readonly record struct Classification(PopulationClass Class, int Limit, bool ByCapoluogo, string? LegalBasis);

/// <summary>
/// The population above which a comune is <see cref="PopulationClass.Superiore"/> ("sino a 15.000
/// abitanti" is inferiore): 15,000 by national law (artt. 71-73 d.lgs. 267/2000), other figures
/// by region or province and by period where <c>index.yaml</c> records them, and the capoluogo rule.
/// </summary>
public sealed record PopulationThresholds(
    int DefaultLimit,
    string? DefaultBasis,
    IReadOnlyList<ScopedThreshold> ByScope,
    CapoluogoRule? Capoluogo)
{
    public static PopulationThresholds National { get; } = new(15_000, null, [], null);

    /// <summary>The limit for a comune of <paramref name="region"/> (ISTAT name) and <paramref name="province"/> voting on <paramref name="votingDay"/>: the first matching entry, else the default.</summary>
    public int For(string? region, string? province, LocalDate votingDay) => Find(region, province, votingDay)?.Limit ?? DefaultLimit;

    /// <summary>Classifies a comune; <paramref name="region"/> is the ISTAT name, <paramref name="specialStatute"/> whether its region is of special statute.</summary>
    public Classification Classify(int population, string? region, string? province, bool capoluogo, bool specialStatute, LocalDate votingDay)
    {
        var scoped = Find(region, province, votingDay);
        var limit = scoped?.Limit ?? DefaultLimit;
        var basis = scoped is null ? DefaultBasis : scoped.LegalBasis;
        if (population > limit)
        {
            return new Classification(PopulationClass.Superiore, limit, false, basis);
        }

        if (capoluogo && Capoluogo is { } rule && rule.Validity.Contains(votingDay)
            && !(rule.ExceptSpecialStatute && specialStatute))
        {
            return new Classification(PopulationClass.Superiore, limit, true, rule.LegalBasis);
        }

        return new Classification(PopulationClass.Inferiore, limit, false, basis);
    }

    private ScopedThreshold? Find(string? region, string? province, LocalDate votingDay)
    {
        if (region is null)
        {
            return null;
        }

        foreach (var entry in ByScope)
        {
            if (entry.Matches(region, province, votingDay))
            {
                return entry;
            }
        }

        return null;
    }
}
