using NodaTime;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Data.Model;

/// <summary>The stored states of an adempimento; how it stands now (overdue, due today…) is <c>ActStates</c>'.</summary>
public enum AdempimentoStatus
{
    DaFare,
    Completato,
    NonApplicabile,
    InAttesa,
}

/// <summary>The status at the database edge: the ids of <c>adempimento.status</c>, converted once here.</summary>
public static class AdempimentoStatuses
{
    private static readonly string[] Ids = ["da_fare", "completato", "non_applicabile", "in_attesa"];

    public static string Id(this AdempimentoStatus status) => Ids[(int)status];

    public static bool TryParse(string id, out AdempimentoStatus status)
    {
        var index = Array.IndexOf(Ids, id);
        status = (AdempimentoStatus)Math.Max(index, 0);
        return index >= 0;
    }

    public static AdempimentoStatus Parse(string id) =>
        TryParse(id, out var status) ? status : throw new FormatException($"stato \"{id}\" sconosciuto (ammessi: {string.Join(", ", Ids)})");
}

/// <summary>One act an ente owes in a tornata: a rule of the calendars, dated for that ente.</summary>
public sealed class Adempimento
{
    public long Id { get; set; }

    public long TornataId { get; set; }

    public required string EnteCode { get; set; }

    public required string RuleId { get; set; }

    public required ConsultationType Consultation { get; set; }

    public required string Title { get; set; }

    public required string Actor { get; set; }

    /// <summary>Whose work the act is, from the actor's owner in the calendars (migrations/0016_adempimento_owner.sql).</summary>
    public ActorOwner Owner { get; set; }

    public required RuleKind Kind { get; set; }

    public required string LegalBasis { get; set; }

    public LocalDate? StartDate { get; set; }

    /// <summary>The hour the window opens, as the law gives it; null when it gives none.</summary>
    public ClockTime? StartTime { get; set; }

    public LocalDate? DueDate { get; set; }

    /// <summary>The hour the law gives ("ore 12", "ore 24": the end of the day); null when it gives none. Stored "HH:mm".</summary>
    public ClockTime? DueTime { get; set; }

    public LocalDateTime? DueLocal { get; set; }

    public Instant? DueAt { get; set; }

    public int? OffsetDays { get; set; }

    public required AdempimentoStatus Status { get; set; }

    /// <summary>What the act waits for while <see cref="Status"/> is in attesa; say it with <see cref="Model.WaitingFor.Italian"/>.</summary>
    public WaitingFor? WaitingFor { get; set; }

    public bool AssicurazionePrefetto { get; set; }

    public bool Festivo { get; set; }

    public required string CalendarVersion { get; set; }

    public Instant? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    public string? ProtocolNumber { get; set; }

    public string? CompletionNote { get; set; }

    /// <summary>Set when the ente merged into another comune: the act is kept, and marked with its successor.</summary>
    public string? MergedInto { get; set; }

    /// <summary>Optimistic concurrency: two sessions completing the same act cannot both win.</summary>
    public int RowVersion { get; set; }
}

/// <summary>An append-only record of one change to an adempimento.</summary>
public sealed class AdempimentoAudit
{
    public long Id { get; set; }

    public long AdempimentoId { get; set; }

    public Instant At { get; set; }

    public required string Actor { get; set; }

    public required AuditAction Action { get; set; }

    public AdempimentoStatus? FromStatus { get; set; }

    public AdempimentoStatus? ToStatus { get; set; }

    public string Details { get; set; } = "{}";
}

/// <summary>An append-only record of a due date that moved (a postponement, an event).</summary>
public sealed class AdempimentoMove
{
    public long Id { get; set; }

    public long AdempimentoId { get; set; }

    public Instant MovedAt { get; set; }

    public LocalDateTime? FromDueLocal { get; set; }

    public LocalDateTime? ToDueLocal { get; set; }

    public required string Reason { get; set; }
}
