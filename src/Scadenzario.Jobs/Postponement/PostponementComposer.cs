using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Postponement;

/// <summary>One act whose deadline moved: from when, to when.</summary>
public sealed record MovedTask(long Id, string Title, LocalDateTime? From, LocalDateTime? To);

/// <summary>The acts of one ente that moved together.</summary>
public sealed record MovedSection(EnteRef Ente, IReadOnlyList<MovedTask> Tasks);

/// <summary>Writes the notice of a postponement to one person, listing every act of theirs that moved: pure.</summary>
public static class PostponementComposer
{
    public static MailContent Compose(string tornata, string reason, IReadOnlyList<MovedSection> sections, JobsOptions options)
    {
        var count = sections.Sum(s => s.Tasks.Count);
        var who = sections.Count == 1 ? sections[0].Ente.Label : Italian.Count(sections.Count, "ente", "enti");
        var subject = $"Scadenze spostate – {tornata}: {Italian.Count(count, "adempimento", "adempimenti")} con una nuova data ({who})";
        var mail = new MailBuilder(subject, options)
            .Paragraph("Buongiorno,")
            .Paragraph($"le date della tornata «{tornata}» sono cambiate ({reason}). Gli adempimenti seguenti hanno una nuova scadenza:");
        foreach (var section in sections)
        {
            mail.Heading($"{section.Ente.Label} ({section.Ente.Code})");
            foreach (var task in section.Tasks)
            {
                mail.Item(task.Title, options.TaskUrl(task.Id), $"Nuova scadenza: {Moment(task.To)} (prima: {Moment(task.From)})");
            }
        }

        mail.Paragraph("I promemoria e il riepilogo quotidiano seguono già le nuove date.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }

    // The engine stores "ore 24" and a day without an hour as the next midnight: both mean "by the end
    // of the day before", which is what the offices read.
    private static string Moment(LocalDateTime? moment) => moment is not { } m ? "data da definire"
        : m.TimeOfDay == LocalTime.Midnight ? ItalianDates.Long(m.Date.PlusDays(-1))
        : $"{ItalianDates.Long(m.Date)}, ore {m:HH:mm}";
}
