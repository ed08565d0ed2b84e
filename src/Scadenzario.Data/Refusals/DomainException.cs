namespace Scadenzario.Data;

/// <summary>
/// A request the product refuses. The message is Italian, for the user; nothing was written.
/// Throw one of the four kinds below, so that the API (404/409/422) and the CLI (exit codes) answer
/// each the right way without reading the message.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message)
        : base(message)
    {
    }
}

/// <summary>What the request names does not exist, or is not the caller's to see (an unknown ente, task, tornata, office).</summary>
public sealed class NotFoundException(string message) : DomainException(message);

/// <summary>The request clashes with the current state: a stale version, an act already completed, an office already open.</summary>
public sealed class ConflictException(string message) : DomainException(message);

/// <summary>A rule of the law or of the product refuses the request (voting days the tornata cannot have, an event before the vote); the message says which.</summary>
public sealed class RefusedByRuleException(string message) : DomainException(message);

/// <summary>The input itself is malformed or implausible (an impossible date, a field too long, a broken CSV row).</summary>
public sealed class InvalidInputException(string message) : DomainException(message);
