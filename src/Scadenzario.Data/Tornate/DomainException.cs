namespace Scadenzario.Data;

/// <summary>A request the rules refuse (unknown ente, a task of another ente, voting days in the past…). The message is Italian, for the user; nothing was written.</summary>
public sealed class DomainException(string message) : Exception(message);
