using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Derivation;

/// <summary>
/// The rules that hold in one territory, resolved once at load: the national rules, minus those
/// the scope declares not applicable, with the scope's own definitions in place of the national
/// ones they override. A national definition an override replaces only for some years keeps, in
/// <see cref="Shadows"/>, the validity ranges in which it gives way.
/// </summary>
internal sealed class Jurisdiction
{
    public Jurisdiction(RuleScope? scope, Rule[] rules, Validity[][] shadows, int[] slotOf)
    {
        Scope = scope;
        Rules = rules;
        Shadows = shadows;
        SlotOf = slotOf;
    }

    /// <summary>The most specific scope (null: the national calendar).</summary>
    public RuleScope? Scope { get; }

    /// <summary>The definitions that may apply, in derivation order.</summary>
    public Rule[] Rules { get; }

    /// <summary>For each of <see cref="Rules"/>, the validity ranges in which a scoped override replaces it (mostly empty).</summary>
    public Validity[][] Shadows { get; }

    /// <summary>For each of <see cref="Rules"/>, the slot of its id, where its dates are kept for the rules anchored to it.</summary>
    public int[] SlotOf { get; }

    /// <summary>Whether an override replaces the definition at <paramref name="index"/> for a vote on <paramref name="votingDay"/>.</summary>
    public bool IsShadowed(int index, NodaTime.LocalDate votingDay)
    {
        var shadows = Shadows[index];
        for (var i = 0; i < shadows.Length; i++)
        {
            if (shadows[i].Contains(votingDay))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Every territory with rules of its own, and how to find the one of a comune.</summary>
internal sealed class Jurisdictions
{
    private readonly Dictionary<string, Jurisdiction> byRegion;
    private readonly Dictionary<string, Jurisdiction> byProvince;

    private Jurisdictions(
        Dictionary<string, int> slotById,
        Jurisdiction national,
        Dictionary<string, Jurisdiction> byRegion,
        Dictionary<string, Jurisdiction> byProvince)
    {
        SlotById = slotById;
        National = national;
        this.byRegion = byRegion;
        this.byProvince = byProvince;
    }

    /// <summary>Rule id → slot, over every scope: an override shares the slot of the rule it replaces.</summary>
    public Dictionary<string, int> SlotById { get; }

    public Jurisdiction National { get; }

    public IEnumerable<Jurisdiction> All => byRegion.Values.Concat(byProvince.Values).Prepend(National);

    /// <summary>
    /// The jurisdiction of a comune: its province's when the province has a scope of its own (a
    /// province scope wins over its region's), else its region's, else the national one.
    /// </summary>
    public Jurisdiction For(string? region, string? province)
    {
        if (province is not null && byProvince.TryGetValue(province, out var provincial)
            && (region is null || provincial.Scope!.Region == region))
        {
            return provincial;
        }

        return region is not null && byRegion.TryGetValue(region, out var regional) ? regional : National;
    }

    /// <summary>The region of a province that has a scope of its own, for facts that give the province only.</summary>
    public string? RegionOfProvince(string province) => byProvince.TryGetValue(province, out var j) ? j.Scope!.Region : null;

    public static Jurisdictions Build(IReadOnlyList<Rule> order, IReadOnlyList<ScopeDeclarations> declarations, List<CalendarError> errors)
    {
        var slotById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in order)
        {
            slotById.TryAdd(rule.Id, slotById.Count);
        }

        var national = Resolve(order, [], slotById, errors);
        var byRegion = new Dictionary<string, Jurisdiction>(StringComparer.Ordinal);
        var byProvince = new Dictionary<string, Jurisdiction>(StringComparer.Ordinal);
        var regional = declarations.Where(d => d.Scope.Province is null).ToDictionary(d => d.Scope.Region);
        foreach (var declaration in declarations)
        {
            if (declaration.Scope.Province is null)
            {
                byRegion[declaration.Scope.Region] = Resolve(order, [declaration], slotById, errors);
            }
            else
            {
                ScopeDeclarations[] layers = regional.TryGetValue(declaration.Scope.Region, out var region)
                    ? [region, declaration]
                    : [declaration];
                byProvince[declaration.Scope.Province] = Resolve(order, layers, slotById, errors);
            }
        }

        return new Jurisdictions(slotById, national, byRegion, byProvince);
    }

    /// <summary>
    /// Layers go from the least to the most specific (region, then province); for each id the most
    /// specific layer that names it decides: its definitions, the national ones unchanged, or none.
    /// </summary>
    private static Jurisdiction Resolve(
        IReadOnlyList<Rule> order,
        ScopeDeclarations[] layers,
        Dictionary<string, int> slotById,
        List<CalendarError> errors)
    {
        var layerDefinitions = layers
            .Select(layer => order.Where(r => r.Scope == layer.Scope).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Select(r => r.Validity).ToArray()))
            .ToArray();

        int Decisive(string id)
        {
            for (var k = layers.Length - 1; k >= 0; k--)
            {
                if (layerDefinitions[k].ContainsKey(id) || layers[k].Unchanged.ContainsKey(id) || layers[k].NotApplicable.ContainsKey(id))
                {
                    return k;
                }
            }

            return -1;
        }

        var rules = new List<Rule>();
        var shadows = new List<Validity[]>();
        foreach (var rule in order)
        {
            var k = Decisive(rule.Id);
            if (rule.Scope is null)
            {
                if (k < 0 || layers[k].Unchanged.ContainsKey(rule.Id))
                {
                    rules.Add(rule);
                    shadows.Add([]);
                }
                else if (layerDefinitions[k].TryGetValue(rule.Id, out var overrides))
                {
                    rules.Add(rule);
                    shadows.Add(overrides);
                }
            }
            else if (k >= 0 && layers[k].Scope == rule.Scope)
            {
                rules.Add(rule);
                shadows.Add([]);
            }
        }

        var scope = layers.Length == 0 ? null : layers[^1].Scope;
        CheckAnchors(rules, scope, errors);
        foreach (var layer in layers)
        {
            // Done once here, so a derivation and every task written from it carry the actor who acts in the territory.
            for (var i = 0; i < rules.Count; i++)
            {
                if (layer.Substitutes.TryGetValue(rules[i].Actor, out var by))
                {
                    rules[i] = rules[i] with { Actor = by };
                }
            }
        }

        return new Jurisdiction(scope, [.. rules], [.. shadows], [.. rules.Select(r => slotById[r.Id])]);
    }

    /// <summary>A rule that holds in the territory must find there every rule it counts from.</summary>
    private static void CheckAnchors(List<Rule> rules, RuleScope? scope, List<CalendarError> errors)
    {
        var ids = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var targets = rule.Variants
                .SelectMany(v => new[] { v.Start, v.End })
                .Where(p => p is { Anchor: AnchorKind.Rule })
                .Select(p => p!.Target!)
                .Distinct();
            foreach (var target in targets.Where(t => !ids.Contains(t)))
            {
                var where = scope is null ? "nel calendario nazionale" : $"nell'ambito {scope}";
                errors.Add(new CalendarError(rule.Source.File, rule.Source.Line, rule.Id,
                    $"{where} la regola è ancorata a \"{target}\", che lì non si applica: trattare anche questa regola (variante, unchanged o not-applicable)"));
            }
        }
    }
}
