using NodaTime;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Derivation;

/// <summary>
/// What a calendar is derived from: the tornata's voting days and consultations, and the facts of
/// one comune (or metropolitan/provincial ente) that the rules' conditions look at.
/// </summary>
public sealed record ElectionFacts
{
    public required VotingDays VotingDays { get; init; }

    /// <summary>The consultations held (europee, comunali, …); common acts and the ballottaggio follow.</summary>
    public required IReadOnlyCollection<ConsultationType> Consultations { get; init; }

    /// <summary>Legal population (the last census, for electoral purposes).</summary>
    public required int Population { get; init; }

    /// <summary>
    /// The region, for regional rules and thresholds: its ISTAT name, its Italian part
    /// (<c>Sicilia</c>, <c>Trentino-Alto Adige</c>) or its ISTAT code; null if unknown.
    /// </summary>
    public string? Region { get; init; }

    public bool SpecialStatute { get; init; }

    /// <summary>The province's sigla (<c>TN</c>, <c>PA</c>), upper case, for provincial rules and thresholds; null if unknown.</summary>
    public string? Province { get; init; }

    /// <summary>The comune is a capoluogo di provincia (each named comune of a multi-name province is one).</summary>
    public bool Capoluogo { get; init; }

    /// <summary>
    /// Parameters the decree of the tornata sets (id of <c>index.yaml</c> → value as typed:
    /// <c>07:00</c>, <c>2024-06-10T14:00</c>); an unset parameter leaves the law's default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = EmptyParameters;

    /// <summary>The comune's patron saint's day: a local holiday for working-day counts.</summary>
    public AnnualDate? PatronSaint { get; init; }

    /// <summary>
    /// The first day of the ballottaggio when it is known. Above the threshold a ballottaggio is
    /// always possible and defaults to the second Sunday after the vote; below it, it is held only
    /// after a tie, so only when this is given.
    /// </summary>
    public LocalDate? Ballottaggio { get; init; }

    /// <summary>Recorded events by id (e.g. <c>liste-ammesse</c>) and the day they happened.</summary>
    public IReadOnlyDictionary<string, LocalDate> Events { get; init; } = new Dictionary<string, LocalDate>();

    private static readonly IReadOnlyDictionary<string, string> EmptyParameters = new Dictionary<string, string>();
}
