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

/// <summary>The one seam between Scadenzario and SMTP (MailKit in the product, fakes in tests).</summary>
public interface IMailTransport
{
    /// <summary>
    /// A conversation with the server for several messages in a row: one connection, opened at the
    /// first message and opened again after a failure, closed when the session is disposed. A
    /// session is used by one caller at a time; open one per run.
    /// </summary>
    IMailSession Open();
}

/// <summary>Messages sent one after the other over one connection; see <see cref="IMailTransport.Open"/>.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>Delivers the message or throws <see cref="MailDeliveryException"/>.</summary>
    Task<SmtpAnswer> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

public static class MailTransportExtensions
{
    /// <summary>One message on a connection of its own (the CLI's test message).</summary>
    public static async Task<SmtpAnswer> SendAsync(this IMailTransport transport, OutgoingMail mail, CancellationToken cancellationToken)
    {
        await using var session = transport.Open();
        return await session.SendAsync(mail, cancellationToken);
    }
}
