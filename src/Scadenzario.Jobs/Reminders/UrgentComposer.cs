using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Reminders;

/// <summary>Writes the "avviso urgente" of one act that falls due before the next digest: pure.</summary>
public static class UrgentComposer
{
    public static MailContent Compose(EnteRef ente, TaskItem task, LocalDate today, JobsOptions options)
    {
        var days = Period.Between(today, task.DueDate!.Value, PeriodUnits.Days).Days;
        var when = Italian.InDays(days) + (task.DueTime is { } time ? $" alle {ItalianDates.Hour(time)}" : "");
        var subject = $"Avviso urgente: «{task.Title}» scade {when} – {ente.Label}";
        var mail = new MailBuilder(subject, options)
            .Paragraph("Buongiorno,")
            .Paragraph($"per {ente.WithArticle} l'adempimento seguente scade {when}, {Italian.Deadline(task.DueDate, task.DueTime)}: "
                + "la data è stata fissata o cambiata dopo l'ultimo riepilogo del mattino e la scadenza viene prima del prossimo.")
            .Item(task.Title, options.TaskUrl(task.Id), $"A cura di: {task.ActorLabel}", $"Riferimento normativo: {task.LegalBasis}")
            .Paragraph("Se è già stato svolto, segnarlo come completato dalla sua pagina, con il numero di protocollo.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
