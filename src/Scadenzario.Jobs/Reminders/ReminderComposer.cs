using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Reminders;

/// <summary>Writes the reminder of one act, <c>daysBefore</c> days before its deadline: pure.</summary>
public static class ReminderComposer
{
    public static MailContent Compose(EnteRef ente, TaskItem task, int daysBefore, JobsOptions options)
    {
        var when = Italian.InDays(daysBefore);
        var subject = $"Promemoria: {when} scade «{task.Title}» – {ente.Label}";
        var mail = new MailBuilder(subject)
            .Paragraph("Buongiorno,")
            .Paragraph($"si ricorda che per {ente.WithArticle} l'adempimento seguente scade {when}, {Italian.Deadline(task.DueDate, task.DueTime)}:")
            .Item(task.Title, options.TaskUrl(task.Id), $"A cura di: {task.ActorLabel}", $"Riferimento normativo: {task.LegalBasis}")
            .Paragraph("Se è già stato svolto, segnarlo come completato dalla sua pagina, con il numero di protocollo: i promemoria si fermano.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }
}
