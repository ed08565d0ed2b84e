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

    /// <summary>The region's name as in ISTAT's list, for regional thresholds; null if unknown.</summary>
    public string? Region { get; init; }

    public bool SpecialStatute { get; init; }

    /// <summary>The province's sigla (upper case); null if unknown.</summary>
    public string? Province { get; init; }

    /// <summary>The comune is a capoluogo di provincia.</summary>
    public bool Capoluogo { get; init; }

    /// <summary>The parameters the tornata's decree sets, by id, raw values as typed.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

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
}
