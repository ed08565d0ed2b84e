using System.CommandLine;
using Scadenzario.Calendars.Time;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Enti;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Cli.Mail;

/// <summary><c>scadenzario mail test --to ADDRESS</c>: one message straight through the configured SMTP server; and the outbox's commands.</summary>
internal static class MailCommand
{
    public static Command Create(CliEnvironment env)
    {
        var to = new Option<string>("--to") { Description = "Indirizzo a cui inviare il messaggio di prova.", Required = true };
        var test = new Command("test", "Invia un messaggio di prova con il server SMTP configurato (sezione Mail).") { to };
        test.SetAction(async (parse, ct) =>
        {
            if (!Mailbox.TryNormalize(parse.GetValue(to), out var address, out var reason))
            {
                env.Error.WriteLine($"errore: {reason}");
                return ExitCodes.InvalidInput;
            }

            var options = env.Get<MailOptions>();
            var now = env.Clock.GetCurrentInstant().InZone(RomeTime.Zone);
            const string subject = "Scadenzario: messaggio di prova";
            var text = $"Questo è un messaggio di prova di Scadenzario, inviato {ItalianDates.Long(now.Date)} alle ore {now:HH:mm} " +
                       $"tramite il server SMTP {options.Host}:{options.Port}.\n\nSe lo state leggendo, la posta elettronica è configurata correttamente.\n";
            var html = $"<!DOCTYPE html><html lang=\"it\"><body><p>{System.Net.WebUtility.HtmlEncode(text).Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p></body></html>";
            try
            {
                var answer = await env.Get<IMailTransport>().SendAsync(new OutgoingMail(address, subject, text, html), ct);
                env.Out.WriteLine($"Messaggio di prova inviato a {address} tramite {options.Host}:{options.Port} (risposta del server: {answer.Text}).");
                return ExitCodes.Success;
            }
            catch (MailDeliveryException e)
            {
                env.Error.WriteLine($"errore: invio non riuscito tramite {options.Host}:{options.Port}: {e.Message}");
                return ExitCodes.Failure;
            }
        });

        return new Command("mail", "La posta elettronica: prova del server SMTP, posta in uscita, messaggi da ritentare.")
        {
            test, OutboxCommands.Queue(env), OutboxCommands.Retry(env),
        };
    }
}
