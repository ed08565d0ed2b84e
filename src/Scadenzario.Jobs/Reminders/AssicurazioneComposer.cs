using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Reminders;

/// <summary>A completion the prefettura must be assured of: the act, who completed it and when, with the evidence given.</summary>
public sealed record Completion(EnteRef Ente, TaskItem Task, Instant CompletedAt, string CompletedBy, string? Protocol, string? Note);

/// <summary>Writes the "assicurazione al Prefetto" of one completed act: pure.</summary>
public static class AssicurazioneComposer
{
    public static MailContent Compose(string prefettura, Completion completion, JobsOptions options)
    {
        var at = completion.CompletedAt.InZone(RomeTime.Zone);
        var subject = $"Assicurazione al Prefetto – {completion.Ente.Label}: {completion.Task.Title}";
        var details = new List<string>
        {
            $"Completato {ItalianDates.Long(at.Date)} alle ore {at:HH:mm} da {completion.CompletedBy}",
        };
        if (completion.Protocol is { } protocol)
        {
            details.Add($"Protocollo n. {protocol}");
        }

        if (completion.Note is { } note)
        {
            details.Add($"Nota: {note}");
        }

        details.Add($"Scadenza: {Italian.Deadline(completion.Task.DueDate, completion.Task.DueTime)}");
        details.Add($"Riferimento normativo: {completion.Task.LegalBasis}");
        var mail = new MailBuilder(subject, options)
            .Paragraph($"Alla {prefettura},")
            .Paragraph($"si assicura che {completion.Ente.WithArticle} ({completion.Ente.Code}) ha svolto l'adempimento seguente:")
            .Item(completion.Task.Title, options.TaskUrl(completion.Task.Id), [.. details]);
        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
