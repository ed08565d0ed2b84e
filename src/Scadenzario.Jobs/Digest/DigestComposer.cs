using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Digest;

/// <summary>Writes the daily digest of one person: pure, from the sections to the Italian text and HTML.</summary>
public static class DigestComposer
{
    /// <summary>How many days ahead the digest looks, today excluded.</summary>
    public const int UpcomingDays = 7;

    public static MailContent Compose(DigestMail digest, JobsOptions options)
    {
        var sections = digest.Sections.Where(s => !s.IsEmpty).ToList();
        if (sections.Count == 0)
        {
            throw new ArgumentException("Un riepilogo senza adempimenti non si invia.", nameof(digest));
        }

        var today = sections.Sum(s => s.Today.Count);
        var overdue = sections.Sum(s => s.Overdue.Count);
        var upcoming = sections.Sum(s => s.Upcoming.Count);
        var who = sections.Count == 1 ? sections[0].Ente.Label : Italian.Count(sections.Count, "ente", "enti");
        var subject = $"Scadenze elettorali – {ItalianDates.Long(digest.Day)} – {who}: {Summary(today, overdue, upcoming)}";

        var mail = new MailBuilder(subject)
            .Paragraph("Buongiorno,")
            .Paragraph($"ecco il riepilogo degli adempimenti elettorali per {ItalianDates.Long(digest.Day)}"
                + (sections.Count == 1 ? $" per {sections[0].Ente.WithArticle}." : $" per gli enti che seguite ({sections.Count}), con una sezione per ente."));

        foreach (var section in sections)
        {
            mail.Heading($"{section.Ente.Label} ({section.Ente.Code})");
            Part(mail, "Oggi", section.Today, digest, options);
            Part(mail, "Scaduti e non ancora completati", section.Overdue, digest, options);
            Part(mail, $"Nei prossimi {UpcomingDays} giorni", section.Upcoming, digest, options);
        }

        mail.Paragraph("Ogni adempimento si segna come completato dalla sua pagina, con il numero di protocollo dell'atto.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }

    private static string Summary(int today, int overdue, int upcoming)
    {
        var parts = new List<string>();
        if (today > 0)
        {
            parts.Add($"{Italian.Count(today, "adempimento", "adempimenti")} oggi");
        }

        if (overdue > 0)
        {
            parts.Add(Italian.Count(overdue, "scaduto", "scaduti"));
        }

        if (upcoming > 0)
        {
            parts.Add($"{upcoming} nei prossimi {UpcomingDays} giorni");
        }

        return string.Join(", ", parts);
    }

    private static void Part(MailBuilder mail, string title, IReadOnlyList<TaskItem> tasks, DigestMail digest, JobsOptions options)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        mail.Subheading($"{title} ({tasks.Count})");
        foreach (var task in tasks)
        {
            mail.Item(task.Title, options.TaskUrl(task.Id),
                $"{ItalianDates.Capitalize(Italian.When(task, digest.Day))} · {task.ActorLabel}",
                $"Riferimento normativo: {task.LegalBasis}");
        }
    }
}
