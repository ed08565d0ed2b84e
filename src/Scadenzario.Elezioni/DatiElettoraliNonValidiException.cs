namespace Scadenzario.Elezioni;

/// <summary>
/// Input that the law gives no answer for (a comune in no fascia, negative votes, a count that does not add
/// up). The message is Italian and names what is wrong, because it reaches the electoral office as it is.
/// </summary>
public sealed class DatiElettoraliNonValidiException(string message) : Exception(message);

/// <summary>
/// The law leaves a tie to a draw (<i>sorteggio</i>) and no draw order was supplied: the office must draw lots
/// and say the outcome. The message names who is tied.
/// </summary>
public sealed class SorteggioNecessarioException(string message, IReadOnlyList<string> tied) : Exception(message)
{
    public IReadOnlyList<string> Tied { get; } = tied;
}
