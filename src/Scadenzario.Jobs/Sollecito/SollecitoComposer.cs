using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Sollecito;

/// <summary>A prefettura's sollecito of one overdue act: who sends it, to which ente, about what, with the note typed.</summary>
public sealed record SollecitoRequest(string Prefettura, EnteRef Ente, TaskItem Task, string SentBy, Instant SentAt, string? Note);

/// <summary>Writes the prefettura's sollecito to a late comune: pure.</summary>
public static class SollecitoComposer
{
    public static MailContent Compose(SollecitoRequest request, JobsOptions options)
    {
        var at = request.SentAt.InZone(RomeTime.Zone);
        var subject = $"Sollecito della {request.Prefettura} – {request.Ente.Label}: {request.Task.Title}";
        var mail = new MailBuilder(subject, options)
            .Paragraph("Buongiorno,")
            .Paragraph($"la {request.Prefettura} segnala che per {request.Ente.WithArticle} ({request.Ente.Code}) l'adempimento seguente "
                + "risulta ancora da completare, oltre la scadenza:")
            .Item(request.Task.Title, options.TaskUrl(request.Task.Id),
                $"Scadenza: {Italian.Deadline(request.Task.DueDate, request.Task.DueTime)}",
                $"Chi deve agire: {request.Task.ActorLabel}",
                $"Riferimento normativo: {request.Task.LegalBasis}");
        if (request.Note is { } note)
        {
            mail.Paragraph($"Nota della Prefettura: {note}");
        }

        mail.Paragraph("Una volta svolto, registrare il completamento nella pagina dell'adempimento: la Prefettura lo vede subito nel suo cruscotto.")
            .Paragraph($"Sollecito inviato {ItalianDates.Long(at.Date)} alle ore {at:HH:mm} da {request.SentBy}.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
