using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Loading;

/// <summary>
/// Rules anchored to other rules form a graph; it must have no cycle, and rules are derived in an
/// order where every anchor comes before the rules that count from it.
/// </summary>
internal static class RuleGraph
{
    public static IReadOnlyList<Rule> Order(IReadOnlyList<Rule> rules, List<CalendarError> errors)
    {
        var byId = rules.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<string, VisitState>();
        var ordered = new List<Rule>(rules.Count);
        var path = new Stack<string>();
        foreach (var rule in rules)
        {
            Visit(rule.Id);
        }

        return ordered;

        void Visit(string id)
        {
            if (state.TryGetValue(id, out var current))
            {
                if (current == VisitState.InProgress)
                {
                    var cycle = path.Reverse().SkipWhile(p => p != id).Append(id);
                    var rule = byId[id][0];
                    errors.Add(new CalendarError(rule.Source.File, rule.Source.Line, id, $"ciclo tra regole ancorate: {string.Join(" → ", cycle)}"));
                }

                return;
            }

            if (!byId.TryGetValue(id, out var definitions))
            {
                return; // reported by the anchor check
            }

            state[id] = VisitState.InProgress;
            path.Push(id);
            foreach (var target in Targets(definitions))
            {
                Visit(target);
            }

            path.Pop();
            state[id] = VisitState.Done;
            ordered.AddRange(definitions);
        }
    }

    private static IEnumerable<string> Targets(IEnumerable<Rule> definitions) =>
        definitions
            .SelectMany(d => d.Variants)
            .SelectMany(v => new[] { v.Start, v.End })
            .Where(p => p is { Anchor: AnchorKind.Rule })
            .Select(p => p!.Target!)
            .Distinct();

    private enum VisitState
    {
        InProgress,
        Done,
    }
}
