using Microsoft.Extensions.Configuration;

namespace Scadenzario.Jobs.Mail;

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
    /// Upgrade the connection with STARTTLS (port 587 usually); production relays require it, the
    /// local catcher does not offer it. System.Net.Mail has no implicit TLS, so port 465 is not an option.
    /// </summary>
    public bool StartTls { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    public string From { get; init; } = "scadenzario@localhost";

    public string FromName { get; init; } = "Scadenzario elettorale";

    /// <summary>How long one SMTP conversation may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public static MailOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new MailOptions();
        return new MailOptions
        {
            Host = section["Host"] is { Length: > 0 } host ? host : defaults.Host,
            Port = Int(section["Port"], "Port") ?? defaults.Port,
            StartTls = section["StartTls"] is { Length: > 0 } tls ? bool.Parse(tls) : defaults.StartTls,
            User = section["User"] is { Length: > 0 } user ? user : null,
            Password = section["Password"],
            From = section["From"] is { Length: > 0 } from ? from : defaults.From,
            FromName = section["FromName"] is { Length: > 0 } name ? name : defaults.FromName,
            Timeout = Int(section["TimeoutSeconds"], "TimeoutSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.Timeout,
        };
    }

    internal static int? Int(string? text, string key) =>
        text is not { Length: > 0 } ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"Configurazione non valida: {key} = \"{text}\" non è un numero intero.");
}
