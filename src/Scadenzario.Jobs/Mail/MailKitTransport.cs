using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Scadenzario.Data.Enti;

namespace Scadenzario.Jobs.Mail;

/// <summary>
/// SMTP through MailKit: plain, STARTTLS or TLS from the first byte (<see cref="MailSecurity"/>),
/// authentication when a user is configured, the plain text and the HTML as alternatives of one
/// message, the caller's Message-ID kept as it is, so every retry of a message carries the same one,
/// and <c>Auto-Submitted: auto-generated</c> on every message: all of Scadenzario's mail is automatic.
/// </summary>
public sealed class MailKitTransport(MailOptions options) : IMailTransport
{
    private readonly string? trustedThumbprint = options.CertificateFile is { } file
        ? X509Certificate2.CreateFromPem(File.ReadAllText(file)).GetCertHashString(HashAlgorithmName.SHA256)
        : null;

    public IMailSession Open() => new Session(options, trustedThumbprint);

    /// <summary>
    /// One connection for the messages of a run. A failure that may have left the connection in an
    /// unknown state (a network error, a timeout, a protocol error, the server closing) drops it, and
    /// the next message connects again. When a connection that already carried messages turns out to
    /// be dead at the next one (the server closed it while idle, or after its own limit of messages
    /// per connection), the message is tried once more on a fresh connection before it counts as failed.
    /// </summary>
    private sealed class Session(MailOptions options, string? trustedThumbprint) : IMailSession
    {
        private SmtpClient? client;
        private int sentOnConnection;

        public async Task<SmtpAnswer> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            using var message = Compose(mail);
            // Read before the attempt: a failure drops the connection and resets the count.
            var reused = client is not null && sentOnConnection > 0;
            try
            {
                return await SendOnceAsync(message, cancellationToken);
            }
            catch (Exception e) when (reused && ConnectionLost(e) && !cancellationToken.IsCancellationRequested)
            {
                Drop();
                return await SendOnceAsync(message, cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (client is { IsConnected: true })
            {
                try
                {
                    using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await client.DisconnectAsync(quit: true, quit.Token);
                }
                catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or OperationCanceledException or SmtpCommandException)
                {
                    // Every message was already answered: a QUIT that fails changes nothing.
                }
            }

            Drop();
        }

        private async Task<SmtpAnswer> SendOnceAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            try
            {
                var smtp = await ConnectedAsync(cancellationToken);
                var response = await smtp.SendAsync(message, cancellationToken);
                sentOnConnection++;
                return new SmtpAnswer(250, $"250 {response}");
            }
            catch (SmtpCommandException e)
            {
                // A refused recipient or message leaves the conversation usable; a 421 closes it.
                if (client is not { IsConnected: true })
                {
                    Drop();
                }

                var status = (int)e.StatusCode;
                throw new MailDeliveryException($"{status} {e.Message}", status, permanent: status is >= 500 and < 600, e);
            }
            catch (AuthenticationException e)
            {
                // Wrong credentials are the configuration's fault, not the message's: it is retried
                // with the usual backoff, which leaves time to correct Mail:User or Mail:Password.
                Drop();
                throw new MailDeliveryException($"autenticazione rifiutata dal server SMTP: {e.Message}", 535, permanent: false, e);
            }
            catch (Exception e) when (e is OperationCanceledException)
            {
                // Cancelled in the middle of a conversation: the connection's state is unknown.
                Drop();
                throw;
            }
            catch (Exception e) when (e is not MailDeliveryException)
            {
                Drop();
                throw new MailDeliveryException(Describe(e), status: null, permanent: false, e);
            }
        }

        private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
        {
            if (client is { IsConnected: true })
            {
                return client;
            }

            Drop();
            var smtp = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
            if (trustedThumbprint is { } thumbprint)
            {
                smtp.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None
                    || (certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase));
            }

            client = smtp;
            var security = options.Security switch
            {
                MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
                MailSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await smtp.ConnectAsync(await OpenSocketAsync(cancellationToken), options.Host, options.Port, security, cancellationToken);
            if (options.User is { } user)
            {
                await smtp.AuthenticateAsync(user, options.Password ?? "", cancellationToken);
            }

            return smtp;
        }

        /// <summary>
        /// The TCP connection, without Nagle's algorithm: on a connection kept for many messages each
        /// command is a small write that otherwise waits for the server's delayed ACK, about 40 ms
        /// a message (22 messages a second to smtp-sink, 500 and more without it). MailKit owns the
        /// socket once it is handed over.
        /// </summary>
        private async Task<Socket> OpenSocketAsync(CancellationToken cancellationToken)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.Timeout);
                await socket.ConnectAsync(options.Host, options.Port, timeout.Token);
                return socket;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                throw new TimeoutException($"connessione a {Endpoint()} non stabilita entro {options.Timeout.TotalSeconds:0} s");
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        private MimeMessage Compose(OutgoingMail mail)
        {
            // The address was checked where it entered; checked again here because rows written
            // before the strict check exist, and a lenient parse sends "a@b.it, c@d.it" to the second.
            if (!Mailbox.TryNormalize(mail.To, out var address, out var reason) || address != mail.To)
            {
                // An address that is not one bare mailbox will not improve with retries.
                throw new MailDeliveryException($"indirizzo del destinatario non valido: {(reason.Length > 0 ? reason : "spazi prima o dopo l'indirizzo.")}", null, permanent: true);
            }

            var to = new MailboxAddress(null, address);
            var message = new MimeMessage
            {
                Subject = mail.Subject,
                Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody(),
            };
            message.From.Add(new MailboxAddress(options.FromName, options.From));
            message.To.Add(to);
            // RFC 3834: written by a program, not a person, so that auto-responders (out of office,
            // "messaggio ricevuto") do not answer it and mail loops cannot start.
            message.Headers.Add("Auto-Submitted", "auto-generated");
            if (mail.MessageId is { } id)
            {
                message.MessageId = id.Trim('<', '>');
            }

            return message;
        }

        private static bool ConnectionLost(Exception e) =>
            e is MailDeliveryException { InnerException: IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException }
                or MailDeliveryException { Status: 421 };

        private string Describe(Exception e) => e switch
        {
            SocketException s => $"server SMTP {Endpoint()} non raggiungibile: {s.Message}",
            SslHandshakeException => $"connessione TLS con {Endpoint()} non riuscita: {e.Message}",
            TimeoutException => $"nessuna risposta da {Endpoint()} entro {options.Timeout.TotalSeconds:0} s",
            IOException { InnerException: SocketException s } => $"connessione con {Endpoint()} interrotta: {s.Message}",
            _ => e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message,
        };

        private string Endpoint() => $"{options.Host}:{options.Port}";

        private void Drop()
        {
            client?.Dispose();
            client = null;
            sentOnConnection = 0;
        }
    }
}
