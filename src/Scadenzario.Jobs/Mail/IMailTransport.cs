namespace Scadenzario.Jobs.Mail;

/// <summary>
/// One email ready to go: the recipient, the Italian subject, and the same content as plain text
/// and HTML. <see cref="MessageId"/> is stable across retries, so a receiving server or client can
/// recognise a message delivered twice after a crash.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html, string? MessageId = null);

/// <summary>What the SMTP server answered to an accepted message.</summary>
public sealed record SmtpAnswer(int Status, string Text);

/// <summary>
/// The server refused or could not be reached. <see cref="Permanent"/> is true for the 5xx replies
/// that say the message will never be accepted (unknown mailbox, …): retrying those only delays the
/// visible failure.
/// </summary>
public sealed class MailDeliveryException(string message, int? status, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public int? Status { get; } = status;

    public bool Permanent { get; } = permanent;
}

/// <summary>The one seam between Scadenzario and SMTP; System.Net.Mail today, another client tomorrow.</summary>
public interface IMailTransport
{
    /// <summary>Delivers the message or throws <see cref="MailDeliveryException"/>.</summary>
    Task<SmtpAnswer> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
