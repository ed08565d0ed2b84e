namespace Scadenzario.Calendars.Loading;

/// <summary>One problem in a calendar file, located to the line and the rule.</summary>
public sealed record CalendarError(string File, int Line, string? RuleId, string Message)
{
    public override string ToString() =>
        RuleId is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: regola {RuleId}: {Message}";
}

/// <summary>The calendar set was refused: every error found, not just the first.</summary>
public sealed class CalendarLoadException(IReadOnlyList<CalendarError> errors)
    : Exception(FormatMessage(errors))
{
    public IReadOnlyList<CalendarError> Errors { get; } = errors;

    private static string FormatMessage(IReadOnlyList<CalendarError> errors) =>
        $"Calendari non validi ({errors.Count} errori):" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
