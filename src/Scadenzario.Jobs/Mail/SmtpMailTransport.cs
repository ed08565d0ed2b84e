using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Scadenzario.Jobs.Mail;

/// <summary>SMTP through <see cref="SmtpClient"/>: plain text and HTML as alternative views of one message.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task<SmtpAnswer> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var message = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(mail.To));
        if (mail.MessageId is { } id)
        {
            message.Headers["Message-ID"] = id;
        }

        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.Text, Encoding.UTF8, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.Html, Encoding.UTF8, MediaTypeNames.Text.Html));

        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)options.Timeout.TotalMilliseconds,
        };
        if (options.User is { } user)
        {
            client.Credentials = new NetworkCredential(user, options.Password);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return new SmtpAnswer((int)SmtpStatusCode.Ok, "250 messaggio accettato dal server");
        }
        catch (SmtpFailedRecipientException e)
        {
            throw new MailDeliveryException($"{(int)e.StatusCode} {e.Message}", (int)e.StatusCode, Permanent(e.StatusCode), e);
        }
        catch (SmtpException e)
        {
            // SmtpClient reports an unreachable server as GeneralFailure (-1): no reply code, a transient failure.
            var status = e.StatusCode == SmtpStatusCode.GeneralFailure ? (int?)null : (int)e.StatusCode;
            var detail = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
            throw new MailDeliveryException(status is null ? detail : $"{status} {detail}", status, Permanent(e.StatusCode), e);
        }
    }

    private static bool Permanent(SmtpStatusCode code) => (int)code is >= 500 and < 600;
}
