namespace Scadenzario.Cli;

/// <summary>The process exit codes; other tools depend on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An unexpected failure.</summary>
    public const int Failure = 1;

    /// <summary>Bad input on the command line (an impossible date, an unknown consultation, …): nothing was printed on stdout.</summary>
    public const int InvalidInput = 2;

    /// <summary>The calendar files are invalid: every error is listed on stderr.</summary>
    public const int InvalidCalendars = 3;
}
