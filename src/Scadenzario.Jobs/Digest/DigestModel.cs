using NodaTime;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Digest;

/// <summary>
/// An act in a digest, with the reminder of the day it carries: <see cref="ReminderDays"/> is how
/// many days before its deadline this morning is (3, 1, 0 by default, or the rule's own
/// <c>reminders:</c>), null when today is not one of its reminder days. The reminders used to be
/// separate messages; they are now marked here.
/// </summary>
public sealed record DigestEntry(TaskItem Task, int? ReminderDays = null);

/// <summary>One ente's part of a digest: what is due today, what is overdue, what comes in the next seven days.</summary>
public sealed record DigestSection(EnteRef Ente, IReadOnlyList<DigestEntry> Today, IReadOnlyList<DigestEntry> Overdue, IReadOnlyList<DigestEntry> Upcoming)
{
    public bool IsEmpty => Today.Count == 0 && Overdue.Count == 0 && Upcoming.Count == 0;

    public int Reminders => Today.Concat(Upcoming).Count(e => e.ReminderDays is not null);
}

/// <summary>One of the prefettura's own acts, for <see cref="Comuni"/> comuni of its provinces.</summary>
public sealed record PrefetturaEntry(TaskItem Task, int Comuni, int? ReminderDays = null);

/// <summary>The prefettura's own acts in its digest (issue 10: its acts are its tasks, in its dashboard and its digest).</summary>
public sealed record PrefetturaSection(string Prefettura, string? Province, IReadOnlyList<PrefetturaEntry> Today, IReadOnlyList<PrefetturaEntry> Overdue, IReadOnlyList<PrefetturaEntry> Upcoming)
{
    public bool IsEmpty => Today.Count == 0 && Overdue.Count == 0 && Upcoming.Count == 0;

    public int Reminders => Today.Concat(Upcoming).Count(e => e.ReminderDays is not null);
}

/// <summary>The digest of one person on one day: a section per ente they answer for, and per prefettura they work for.</summary>
public sealed record DigestMail(string Recipient, LocalDate Day, IReadOnlyList<DigestSection> Sections)
{
    public IReadOnlyList<PrefetturaSection> Prefetture { get; init; } = [];

    /// <summary>How many reminders the digest carries: the separate reminder messages it replaces.</summary>
    public int Reminders => Sections.Sum(s => s.Reminders) + Prefetture.Sum(p => p.Reminders);
}
