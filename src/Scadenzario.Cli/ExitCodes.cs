using Scadenzario.Data;

namespace Scadenzario.Cli;

/// <summary>The process exit codes; other tools depend on them (the README's CLI section lists them).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An unexpected failure, or the database is not configured or not reachable: nothing was written.</summary>
    public const int Failure = 1;

    /// <summary>Bad input on the command line (an impossible date, an unknown consultation, …): nothing was printed on stdout.</summary>
    public const int InvalidInput = 2;

    /// <summary>The calendar files are invalid: every error is listed on stderr.</summary>
    public const int InvalidCalendars = 3;

    /// <summary>What the command names does not exist: an unknown ente, act, tornata or office.</summary>
    public const int NotFound = 4;

    /// <summary>The command clashes with the current state: an act already completed or changed meanwhile, an event already recorded.</summary>
    public const int Conflict = 5;

    /// <summary>A rule of the law or of the product refuses the command; stderr says which.</summary>
    public const int RefusedByRule = 6;

    /// <summary>The one mapping of a refusal to its exit code.</summary>
    public static int Of(DomainException refusal) => refusal switch
    {
        NotFoundException => NotFound,
        ConflictException => Conflict,
        RefusedByRuleException => RefusedByRule,
        InvalidInputException => InvalidInput,
        _ => InvalidInput,
    };
}
