using Scadenzario.Jobs.Composition;

namespace Scadenzario.Jobs.Outbox;

/// <summary>The kinds of message, as stored in <c>outbox.kind</c>.</summary>
public static class MessageKinds
{
    public const string Digest = "digest";
    public const string Promemoria = "promemoria";
    public const string Sollecito = "sollecito";
    public const string Assicurazione = "assicurazione";
    public const string Rinvio = "rinvio";
    public const string Prova = "prova";

    /// <summary>The amministratori's notice of messages that failed for good (<see cref="FailureNotice"/>).</summary>
    public const string PostaNonRecapitata = "posta-non-recapitata";

    /// <summary>The link to choose a new password, asked for on the login page (Account/PasswordResetComposer).</summary>
    public const string RecuperoPassword = "recupero-password";

    /// <summary>The kind as the amministratore reads it.</summary>
    public static string Label(string kind) => kind switch
    {
        Digest => "riepilogo quotidiano",
        Promemoria => "promemoria",
        Sollecito => "sollecito",
        Assicurazione => "assicurazione al Prefetto",
        Rinvio => "avviso di scadenze spostate",
        Prova => "messaggio di prova",
        PostaNonRecapitata => "avviso di posta non recapitata",
        RecuperoPassword => "collegamento per una nuova password",
        _ => "messaggio",
    };
}

/// <summary>
/// A message to write to the outbox. (<see cref="EnteCode"/>, <see cref="Recipient"/>,
/// <see cref="Kind"/>, <see cref="DedupKey"/>) is its identity: writing it again does nothing.
/// </summary>
public sealed record OutboxMessage(string? EnteCode, string Recipient, string Kind, string DedupKey, MailContent Content);
