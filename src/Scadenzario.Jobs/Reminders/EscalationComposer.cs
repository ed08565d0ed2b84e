using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Reminders;

/// <summary>The overdue acts of one ente, in a prefettura's escalation.</summary>
public sealed record OverdueSection(EnteRef Ente, IReadOnlyList<TaskItem> Tasks);

/// <summary>Writes the daily escalation to a prefettura: the acts of its enti still open a day after their deadline. Pure.</summary>
public static class EscalationComposer
{
    public static MailContent Compose(string prefettura, LocalDate day, IReadOnlyList<OverdueSection> sections, JobsOptions options)
    {
        var count = sections.Sum(s => s.Tasks.Count);
        var subject = $"Adempimenti elettorali scaduti – {prefettura}, {ItalianDates.Long(day)}: "
            + $"{Italian.Count(count, "adempimento", "adempimenti")} in {Italian.Count(sections.Count, "ente", "enti")}";
        var mail = new MailBuilder(subject)
            .Paragraph("Buongiorno,")
            .Paragraph($"alla data di {ItalianDates.Long(day)} gli adempimenti seguenti risultano ancora da completare, a più di un giorno dalla scadenza.");
        foreach (var section in sections)
        {
            mail.Heading($"{section.Ente.Label} ({section.Ente.Code})");
            foreach (var task in section.Tasks)
            {
                mail.Item(task.Title, options.TaskUrl(task.Id),
                    $"Scaduto {Italian.Deadline(task.DueDate, task.DueTime)} · {task.ActorLabel}",
                    $"Riferimento normativo: {task.LegalBasis}");
            }
        }

        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
