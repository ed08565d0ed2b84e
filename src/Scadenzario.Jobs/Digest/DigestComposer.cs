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
        var prefetture = digest.Prefetture.Where(p => !p.IsEmpty).ToList();
        if (sections.Count == 0 && prefetture.Count == 0)
        {
            throw new ArgumentException("Un riepilogo senza adempimenti non si invia.", nameof(digest));
        }

        var today = sections.Sum(s => s.Today.Count) + prefetture.Sum(p => p.Today.Count);
        var overdue = sections.Sum(s => s.Overdue.Count) + prefetture.Sum(p => p.Overdue.Count);
        var upcoming = sections.Sum(s => s.Upcoming.Count) + prefetture.Sum(p => p.Upcoming.Count);
        var parts = sections.Count + prefetture.Count;
        var who = parts > 1 ? Italian.Count(parts, "ente", "enti")
            : sections.Count == 1 ? sections[0].Ente.Label
            : prefetture[0].Prefettura;
        var subject = $"Scadenze elettorali – {ItalianDates.Long(digest.Day)} – {who}: {Summary(today, overdue, upcoming)}";

        var mail = new MailBuilder(subject, options)
            .Paragraph("Buongiorno,")
            .Paragraph($"ecco il riepilogo degli adempimenti elettorali per {ItalianDates.Long(digest.Day)}"
                + (parts > 1 ? $" per gli enti che seguite ({parts}), con una sezione per ente."
                    : sections.Count == 1 ? $" per {sections[0].Ente.WithArticle}."
                    : $": gli adempimenti della {prefetture[0].Prefettura}."));
        if (digest.Reminders > 0)
        {
            mail.Paragraph($"Comprende i promemoria di oggi ({digest.Reminders}), segnati con «Promemoria».");
        }

        foreach (var section in sections)
        {
            mail.Heading($"{section.Ente.Label} ({section.Ente.Code})");
            Part(mail, "Oggi", section.Today, digest, options);
            Part(mail, "Scaduti e non ancora completati", section.Overdue, digest, options);
            Part(mail, $"Nei prossimi {UpcomingDays} giorni", section.Upcoming, digest, options);
        }

        foreach (var prefettura in prefetture)
        {
            mail.Heading($"Adempimenti della {prefettura.Prefettura}");
            var url = prefettura.Province is { } province ? Links.Dashboard(options, province) : null;
            Part(mail, "Oggi", prefettura.Today, digest, url);
            Part(mail, "Scaduti e non ancora completati", prefettura.Overdue, digest, url);
            Part(mail, $"Nei prossimi {UpcomingDays} giorni", prefettura.Upcoming, digest, url);
        }

        mail.Paragraph(sections.Count > 0
            ? "Ogni adempimento si segna come completato dalla sua pagina, con il numero di protocollo dell'atto."
            : "Il cruscotto della Prefettura mostra, per ogni comune, gli adempimenti scaduti e quelli in attesa dell'assicurazione.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }

    /// <summary>"Promemoria: scade domani", as the digest marks the reminder of the day.</summary>
    public static string ReminderMark(int daysBefore) => $"Promemoria: scade {Italian.InDays(daysBefore)}";

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

    private static void Part(MailBuilder mail, string title, IReadOnlyList<DigestEntry> entries, DigestMail digest, JobsOptions options)
    {
        if (entries.Count == 0)
        {
            return;
        }

        mail.Subheading($"{title} ({entries.Count})");
        foreach (var (task, reminder) in entries)
        {
            mail.Item(task.Title, options.TaskUrl(task.Id), Details(task, reminder, task.ActorLabel, digest));
        }
    }

    private static void Part(MailBuilder mail, string title, IReadOnlyList<PrefetturaEntry> entries, DigestMail digest, string? url)
    {
        if (entries.Count == 0)
        {
            return;
        }

        mail.Subheading($"{title} ({entries.Count})");
        foreach (var (task, comuni, reminder) in entries)
        {
            mail.Item(task.Title, url, Details(task, reminder, $"per {Italian.Count(comuni, "comune", "comuni")}", digest));
        }
    }

    private static string[] Details(TaskItem task, int? reminder, string who, DigestMail digest)
    {
        var when = $"{ItalianDates.Capitalize(Italian.When(task, digest.Day))} · {who}";
        var basis = $"Riferimento normativo: {task.LegalBasis}";
        return reminder is { } days ? [ReminderMark(days), when, basis] : [when, basis];
    }
}
