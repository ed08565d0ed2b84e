using NodaTime;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Digest;

/// <summary>One ente's part of a digest: what is due today, what is overdue, what comes in the next seven days.</summary>
public sealed record DigestSection(EnteRef Ente, IReadOnlyList<TaskItem> Today, IReadOnlyList<TaskItem> Overdue, IReadOnlyList<TaskItem> Upcoming)
{
    public bool IsEmpty => Today.Count == 0 && Overdue.Count == 0 && Upcoming.Count == 0;
}

/// <summary>The digest of one person on one day: a section per ente they answer for.</summary>
public sealed record DigestMail(string Recipient, LocalDate Day, IReadOnlyList<DigestSection> Sections);
