namespace Scadenzario.Calendars.Derivation;

/// <summary>The facts given for a derivation are not usable; the message is Italian and says why.</summary>
public sealed class InvalidFactsException(string message) : Exception(message);
