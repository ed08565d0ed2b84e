using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Reminders;

/// <summary>One ente in a prefettura's escalation: how many of its acts are overdue, the most urgent (the oldest deadline), and where to look.</summary>
public sealed record OverdueRow(EnteRef Ente, int Overdue, TaskItem MostUrgent, string Url);

/// <summary>Writes the daily escalation to a prefettura: a table of its enti with acts still open after their deadline. Pure.</summary>
public static class EscalationComposer
{
    public static MailContent Compose(string prefettura, LocalDate day, IReadOnlyList<OverdueRow> rows, string? dashboardUrl, JobsOptions options)
    {
        var count = rows.Sum(r => r.Overdue);
        var subject = $"Adempimenti elettorali scaduti – {prefettura}, {ItalianDates.Long(day)}: "
            + $"{Italian.Count(count, "adempimento", "adempimenti")} in {Italian.Count(rows.Count, "ente", "enti")}";
        var mail = new MailBuilder(subject, options)
            .Paragraph("Buongiorno,")
            .Paragraph($"alla data di {ItalianDates.Long(day)} {(rows.Count == 1 ? "l'ente seguente ha" : $"gli enti seguenti ({rows.Count}) hanno")} "
                + "adempimenti scaduti e non ancora completati. Per ogni ente: quanti sono, come li conta il cruscotto della Prefettura, e il più urgente, cioè quello scaduto da più tempo.")
            .Table("Enti con adempimenti scaduti", "Ente", "Scaduti", "Il più urgente", "Scaduto");
        foreach (var row in rows)
        {
            mail.Row(row.Url, $"{row.Ente.Label} ({row.Ente.Code})", row.Overdue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                row.MostUrgent.Title, Italian.Deadline(row.MostUrgent.DueDate, row.MostUrgent.DueTime));
        }

        if (dashboardUrl is not null)
        {
            mail.Paragraph($"L'elenco di ogni adempimento scaduto, per comune, è nel cruscotto della Prefettura: {dashboardUrl}");
        }

        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
