using Microsoft.Extensions.Configuration;

namespace Scadenzario.Jobs.Mail;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum MailSecurity
{
    /// <summary>No TLS: only for the local mail catcher or a relay on the same machine.</summary>
    None,

    /// <summary>A plain connection upgraded with STARTTLS before anything is sent (port 587 usually); refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte ("implicit TLS", port 465): how the PEC providers are reached.</summary>
    Tls,
}

/// <summary>
/// The SMTP server and the sender address, from the configuration section <c>Mail</c>
/// (environment variables <c>Mail__Host</c>, <c>Mail__Port</c>, …). The defaults are those of the
/// local mail catcher that ./run.sh starts.
/// </summary>
public sealed record MailOptions
{
    public const string Section = "Mail";

    public string Host { get; init; } = "localhost";

    public int Port { get; init; } = 1025;

    /// <summary>
    /// <c>Mail:Security</c> = <c>None</c>, <c>StartTls</c> or <c>Tls</c>. When it is not set:
    /// <c>Tls</c> on port 465, <c>StartTls</c> if the older key <c>Mail:StartTls</c> is true, else <c>None</c>.
    /// </summary>
    public MailSecurity Security { get; init; } = MailSecurity.None;

    public string? User { get; init; }

    public string? Password { get; init; }

    public string From { get; init; } = "scadenzario@localhost";

    public string FromName { get; init; } = "Scadenzario elettorale";

    /// <summary>
    /// How long connecting, or any one read or write of the SMTP conversation, may take before the
    /// attempt counts as failed (and the connection is opened anew for the next message).
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A PEM file with the server's own certificate, trusted even though no authority signed it (a
    /// relay with a self-signed certificate). Only that exact certificate is accepted beyond the
    /// system's authorities; without the key, a certificate must be valid for <see cref="Host"/>.
    /// </summary>
    public string? CertificateFile { get; init; }

    public static MailOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new MailOptions();
        var port = Int(section["Port"], "Port") ?? defaults.Port;
        return new MailOptions
        {
            Host = section["Host"] is { Length: > 0 } host ? host : defaults.Host,
            Port = port,
            Security = section["Security"] is { Length: > 0 } security ? ParseSecurity(security)
                : port == 465 ? MailSecurity.Tls
                : section["StartTls"] is { Length: > 0 } tls && bool.Parse(tls) ? MailSecurity.StartTls
                : defaults.Security,
            User = section["User"] is { Length: > 0 } user ? user : null,
            Password = section["Password"],
            From = section["From"] is { Length: > 0 } from ? from : defaults.From,
            FromName = section["FromName"] is { Length: > 0 } name ? name : defaults.FromName,
            Timeout = Int(section["TimeoutSeconds"], "TimeoutSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.Timeout,
            CertificateFile = section["CertificateFile"] is { Length: > 0 } file ? file : null,
        };
    }

    private static MailSecurity ParseSecurity(string text) =>
        Enum.TryParse<MailSecurity>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new FormatException($"Configurazione non valida: Mail:Security = \"{text}\" (ammessi None, StartTls, Tls).");

    internal static int? Int(string? text, string key) =>
        text is not { Length: > 0 } ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"Configurazione non valida: {key} = \"{text}\" non è un numero intero.");
}
