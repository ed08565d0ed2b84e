using Scadenzario.Calendars;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Jobs.Reminders;

/// <summary>
/// How many days before its deadline each act is reminded of, in the morning digest, which marks it
/// ("tra 3 giorni", "domani", "oggi"): what its rule says
/// (<c>reminders:</c> in the calendar file), else 3 days before, the day before and the morning of the
/// day. The adempimento rows do not copy the offsets: they are read from the calendars by rule id, so
/// a change to a calendar file applies to the tasks already created.
/// </summary>
public sealed class ReminderPolicy
{
    public static readonly IReadOnlyList<int> Default = [3, 1, 0];

    private readonly Dictionary<string, IReadOnlyList<int>> byRule;

    public ReminderPolicy(IEnumerable<Rule> rules)
    {
        // A rule id may have several definitions (the law changed): their offsets are merged, as the
        // task row does not say which definition dated it.
        byRule = rules.Where(r => r.Reminders.Count > 0)
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.SelectMany(r => r.Reminders).Distinct().OrderDescending()]);
    }

    public static ReminderPolicy From(CalendarSet calendars) => new(calendars.Rules);

    public IReadOnlyList<int> OffsetsFor(string ruleId) => byRule.GetValueOrDefault(ruleId, Default);

    /// <summary>The farthest any act is reminded ahead: how far the job must look.</summary>
    public int MaxOffset => byRule.Values.SelectMany(o => o).Concat(Default).Max();
}
