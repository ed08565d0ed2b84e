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
}

/// <summary>
/// A message to write to the outbox. (<see cref="EnteCode"/>, <see cref="Recipient"/>,
/// <see cref="Kind"/>, <see cref="DedupKey"/>) is its identity: writing it again does nothing.
/// </summary>
public sealed record OutboxMessage(string? EnteCode, string Recipient, string Kind, string DedupKey, MailContent Content);
