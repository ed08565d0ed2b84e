namespace Scadenzario.Calendars.Rules;

/// <summary>
/// The population above which a comune is <see cref="PopulationClass.Superiore"/>: 15,000 by
/// national law (art. 71-73 d.lgs. 267/2000), possibly different by regional law in the
/// special-statute regions, as <c>index.yaml</c> records.
/// </summary>
public sealed record PopulationThresholds(int DefaultLimit, IReadOnlyDictionary<string, int> ByRegion)
{
    public static PopulationThresholds National { get; } = new(15_000, new Dictionary<string, int>());

    public int For(string? region) =>
        region is not null && ByRegion.TryGetValue(region, out var limit) ? limit : DefaultLimit;

    public PopulationClass Classify(int population, string? region) =>
        population > For(region) ? PopulationClass.Superiore : PopulationClass.Inferiore;
}
