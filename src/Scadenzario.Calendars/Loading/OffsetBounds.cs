using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Loading;

/// <summary>
/// Keeps every count of a rule within what an electoral calendar can mean. The reader accepts any
/// integer, and <c>day: -2147483648</c> then crashed the derivation far from the file (a date
/// before year -9998); the longest count in the law is months, not years, so ten years either
/// way is generous and still far inside what the dates can hold.
/// </summary>
internal static class OffsetBounds
{
    private const int MaxDays = 3660;
    private const int MaxMonths = 120;
    private const int MaxWorkingDays = 2600;

    public static void Check(IEnumerable<Rule> rules, List<CalendarError> errors)
    {
        foreach (var rule in rules)
        {
            foreach (var variant in rule.Variants)
            {
                foreach (var (point, name) in new[] { (variant.Start, "start"), (variant.End, "due") })
                {
                    if (point is null)
                    {
                        continue;
                    }

                    Within(rule, variant.Line, $"{name}.day", point.Days, MaxDays, "giorni", errors);
                    Within(rule, variant.Line, $"{name}.months", point.Months, MaxMonths, "mesi", errors);
                    Within(rule, variant.Line, $"{name}.working-days", point.WorkingDays, MaxWorkingDays, "giorni lavorativi", errors);
                }
            }

            foreach (var days in rule.Reminders.Where(d => d < 0 || d > MaxDays))
            {
                errors.Add(new CalendarError(rule.Source.File, rule.Source.Line, rule.Id,
                    $"reminders: {days} fuori dall'intervallo ammesso (da 0 a {MaxDays} giorni prima della scadenza)"));
            }
        }
    }

    private static void Within(Rule rule, int line, string field, int value, int max, string unit, List<CalendarError> errors)
    {
        if (value < -max || value > max)
        {
            errors.Add(new CalendarError(rule.Source.File, line, rule.Id,
                $"{field}: {value} fuori dall'intervallo ammesso (da -{max} a {max} {unit}, dieci anni)"));
        }
    }
}
