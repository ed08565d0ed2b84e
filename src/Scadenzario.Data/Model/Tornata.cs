using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Data.Model;

/// <summary>One voting date (one or two days) on which consultations take place.</summary>
public sealed class Tornata
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The day or two days of the vote, stored as <c>date[]</c>.</summary>
    public required VotingDays VotingDays { get; set; }

    /// <summary>The ballottaggio's first day, when it differs from the second Sunday after.</summary>
    public LocalDate? BallottaggioDay { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>
    /// What the tornata's decree sets (voting hours, the start of the count…): parameter id → value
    /// as typed, validated by the engine before it is stored. A parameter not set keeps the law's default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; set; } = TornataParameters.None;
}

/// <summary>An ente voting in a tornata, with its consultations.</summary>
public sealed class TornataEnte
{
    public long TornataId { get; set; }

    public required string EnteCode { get; set; }

    public required ConsultationType[] Consultations { get; set; }
}

/// <summary>An event an office recorded ("liste-ammesse", "proclamazione", …) and its day.</summary>
public sealed class EnteEvent
{
    public long TornataId { get; set; }

    public required string EnteCode { get; set; }

    public required string Event { get; set; }

    public LocalDate Day { get; set; }

    public Instant RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
