using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Account;

/// <summary>A link to choose a new password: for whom (their name and user name), its token, until when it works.</summary>
public sealed record PasswordResetNotice(string DisplayName, string UserName, string Token, Instant ExpiresAt);

/// <summary>
/// Writes the message with the link to choose a new password: pure. It names the account (one
/// address may serve several), says until when and how often the link works, and tells whoever
/// did not ask that nothing changed.
/// </summary>
public static class PasswordResetComposer
{
    public static MailContent Compose(PasswordResetNotice notice, JobsOptions options)
    {
        var until = RomeTime.InRome(notice.ExpiresAt).LocalDateTime;
        const string subject = "Scadenzario – collegamento per scegliere una nuova password";
        var mail = new MailBuilder(subject, options)
            .Paragraph($"Buongiorno {notice.DisplayName},")
            .Paragraph($"è stata chiesta una nuova password per l'account «{notice.UserName}» di Scadenzario. Per sceglierla, aprire il collegamento seguente "
                + $"entro {ItalianDates.Long(until.Date)} alle ore {until:HH:mm}. Il collegamento funziona una sola volta.")
            .Item("Scegliere una nuova password", Url(options, notice.Token))
            .Paragraph("Con la nuova password si chiudono tutte le sessioni aperte con l'account, su ogni computer.")
            .Paragraph("Se la richiesta non è stata fatta da lei, ignori questo messaggio: la password attuale resta valida. "
                + "Se messaggi come questo arrivano senza che lei li abbia chiesti, avvisi l'amministratore di Scadenzario.");
        return new MailContent(subject, mail.Text(), mail.Html());
    }

    /// <summary>The page that opens the link (Features/Account/Reimposta in the web).</summary>
    public static string Url(JobsOptions options, string token) =>
        new Uri(options.WebBaseUrl, $"accesso/reimposta?token={Uri.EscapeDataString(token)}").ToString();
}
