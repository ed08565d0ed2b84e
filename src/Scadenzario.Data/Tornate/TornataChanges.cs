using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Data.Tornate;

/// <summary>How one adempimento would change when the tornata is derived again.</summary>
public enum TaskChangeKind
{
    /// <summary>A rule that now applies and has no adempimento yet.</summary>
    Added,

    /// <summary>The due date or hour changes (or a dated act goes back to waiting): recorded in <c>adempimento_move</c>.</summary>
    Moved,

    /// <summary>Something else changes (title, legal basis, start, what it waits for, status) but not the due date.</summary>
    Updated,

    /// <summary>No rule asks for the act any more: it becomes not applicable, unless it was completed, which it stays.</summary>
    Dropped,
}

/// <summary>
/// One change. Dates as the law states them (day, and hour when it gives one, "24:00" kept);
/// null while the act waits for an event.
/// </summary>
public sealed record TaskChange(
    string RuleId, string Title, TaskChangeKind Kind, LocalDate? FromDate, string? FromTime, LocalDate? ToDate, string? ToTime, bool Completed)
{
    public string From => Moment(FromDate, FromTime);

    public string To => Moment(ToDate, ToTime);

    private static string Moment(LocalDate? date, string? time) =>
        date is { } day ? ItalianDates.LongWithHour(day, time) : "data da definire";
}

/// <summary>The changes of one ente.</summary>
public sealed record EnteChanges(string EnteCode, string EnteName, IReadOnlyList<TaskChange> Changes)
{
    public int Count(TaskChangeKind kind) => Changes.Count(c => c.Kind == kind);
}

/// <summary>What a new derivation of a tornata would change, ente by ente; only enti with a change are listed.</summary>
public sealed record TornataChanges(IReadOnlyList<EnteChanges> Enti)
{
    public bool IsEmpty => Enti.Count == 0;

    public int Count(TaskChangeKind kind) => Enti.Sum(e => e.Count(kind));

    /// <summary>Dropped acts that were completed: their completion is kept.</summary>
    public int CompletedDropped => Enti.Sum(e => e.Changes.Count(c => c.Kind == TaskChangeKind.Dropped && c.Completed));
}
