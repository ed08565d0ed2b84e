namespace Scadenzario.Jobs.Outbox;

/// <summary>The states of a message (<c>outbox.status</c>) and their Italian names.</summary>
public static class OutboxStates
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Pending, Failed, Closed, Sent];

    /// <summary>"in coda", "inviato", "non recapitato", "chiuso".</summary>
    public static string Label(string status) => status switch
    {
        Pending => "in coda",
        Sent => "inviato",
        Failed => "non recapitato",
        Closed => "chiuso senza invio",
        _ => status,
    };

    /// <summary>The plural heading of a section of the page: "In coda", "Inviati", …</summary>
    public static string Heading(string status) => status switch
    {
        Pending => "In coda",
        Sent => "Inviati",
        Failed => "Non recapitati",
        Closed => "Chiusi senza invio",
        _ => status,
    };

    /// <summary>The Italian word as typed on the command line, to the stored value.</summary>
    public static string? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "in-coda" or "coda" => Pending,
        "inviati" or "inviato" => Sent,
        "non-recapitati" or "falliti" or "non-recapitato" => Failed,
        "chiusi" or "chiuso" => Closed,
        _ => null,
    };
}
