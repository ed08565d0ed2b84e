using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using YamlDotNet.RepresentationModel;

namespace Scadenzario.Calendars.Loading;

/// <summary>A scoped file as read, with the lines its checks report errors on.</summary>
internal sealed record ScopedFile(
    ScopeDeclarations Declarations,
    int ScopeLine,
    int CoverageLine,
    IReadOnlyList<(string Id, int Line, string List)> Entries,
    IReadOnlyList<Rule> Rules);

/// <summary>
/// Reads the top of a file of <c>calendars/regioni/</c> and checks what it says against the national
/// calendar: every override and every entry of <c>unchanged</c> and <c>not-applicable</c> names a
/// national rule, a new id does not take a national one of another consultation, and every national
/// rule of a <c>coverage</c> consultation is accounted for exactly once.
/// </summary>
internal static class ScopeChecks
{
    public static RuleScope? ReadScope(YamlNodes yaml, YamlNode node)
    {
        if (yaml.AsMap(node, "scope", "region", "province") is not { } map)
        {
            return null;
        }

        var name = map.RequiredText("region", "regione dell'ambito");
        if (name is null)
        {
            return null;
        }

        if (ItalianRegions.Find(name) is not { } region)
        {
            yaml.Error(map["region"]!, $"scope: regione sconosciuta \"{name}\" (indicare il nome ISTAT, es. Sicilia, Trentino-Alto Adige)");
            return null;
        }

        var province = map.OptionalText("province", "provincia dell'ambito");
        if (province is not null && !RuleReader.ProvincePattern().IsMatch(province))
        {
            yaml.Error(map["province"]!, "scope: attesa una sigla di provincia di due lettere maiuscole (es. TN, BZ)");
            return null;
        }

        return new RuleScope(region.Name, province);
    }

    public static ScopedFile ReadDeclarations(YamlNodes yaml, YamlNodes.Map map, RuleScope scope, IReadOnlyList<Rule> rules, IReadOnlySet<string> actors)
    {
        yaml.RuleId = null;
        var law = map.OptionalText("law", "leggi dell'ambito");
        var coverage = new List<ConsultationType>();
        if (map["coverage"] is { } coverageNode)
        {
            foreach (var item in yaml.Sequence(coverageNode, "coverage"))
            {
                if (yaml.Text(item, "coverage") is { } id)
                {
                    if (ConsultationTypes.TryParse(id, out var type))
                    {
                        coverage.Add(type);
                    }
                    else
                    {
                        yaml.Error(item, $"coverage: consultazione sconosciuta \"{id}\"");
                    }
                }
            }
        }

        var entries = new List<(string, int, string)>();
        var unchanged = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, text, line) in ReadEntries(yaml, map["unchanged"], "unchanged", "note", required: false))
        {
            unchanged.TryAdd(id, text);
            entries.Add((id, line, "unchanged"));
        }

        var notApplicable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text, line) in ReadEntries(yaml, map["not-applicable"], "not-applicable", "reason", required: true))
        {
            notApplicable.TryAdd(id, text ?? "");
            entries.Add((id, line, "not-applicable"));
        }

        var declarations = new ScopeDeclarations(scope, yaml.File, law, coverage, unchanged, notApplicable)
        {
            Substitutes = ReadSubstitutes(yaml, map["substitutes"], actors),
        };
        return new ScopedFile(
            declarations,
            YamlNodes.LineOf(map["scope"]!),
            map["coverage"] is { } node ? YamlNodes.LineOf(node) : map.Line,
            entries,
            rules);
    }

    /// <summary><c>substitutes: [{ actor: prefettura, by: presidente-regione, basis: "…" }]</c>: both actors known, the basis cited.</summary>
    private static Dictionary<string, string> ReadSubstitutes(YamlNodes yaml, YamlNode? node, IReadOnlySet<string> actors)
    {
        var substitutes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return substitutes;
        }

        foreach (var item in yaml.Sequence(node, "substitutes"))
        {
            if (yaml.AsMap(item, "substitutes", "actor", "by", "basis") is not { } entry)
            {
                continue;
            }

            var actor = entry.RequiredText("actor", "attore sostituito");
            var by = entry.RequiredText("by", "attore che lo sostituisce nell'ambito");
            var basis = entry.RequiredText("basis", "riferimento normativo della sostituzione");
            foreach (var (key, id) in new[] { ("actor", actor), ("by", by) })
            {
                if (id is not null && !actors.Contains(id))
                {
                    yaml.Error(entry[key]!, $"substitutes: attore sconosciuto \"{id}\" (ammessi: {string.Join(", ", actors.Order(StringComparer.Ordinal))})");
                    actor = null;
                }
            }

            if (actor is null || by is null || basis is null)
            {
                continue;
            }

            if (actor == by || !substitutes.TryAdd(actor, by))
            {
                yaml.Error(entry.Node, $"substitutes: l'attore \"{actor}\" è già sostituito o è sostituito da sé stesso");
            }
        }

        return substitutes;
    }

    private static IEnumerable<(string Id, string? Text, int Line)> ReadEntries(YamlNodes yaml, YamlNode? node, string list, string textKey, bool required)
    {
        if (node is null)
        {
            yield break;
        }

        foreach (var item in yaml.Sequence(node, list))
        {
            if (yaml.AsMap(item, list, "id", textKey) is not { } entry)
            {
                continue;
            }

            var id = entry.RequiredText("id", "identificativo della regola nazionale");
            var text = required
                ? entry.RequiredText(textKey, "motivo della non applicazione, con l'articolo")
                : entry.OptionalText(textKey, "nota");
            if (id is not null && (!required || text is not null))
            {
                yield return (id, text, entry.Line);
            }
        }
    }

    public static void Check(IReadOnlyList<Rule> rules, IReadOnlyList<ScopedFile> files, List<CalendarError> errors)
    {
        var national = rules.Where(r => r.Scope is null).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        var seen = new Dictionary<RuleScope, string>();
        foreach (var file in files)
        {
            var scope = file.Declarations.Scope;
            var name = file.Declarations.File;
            if (!seen.TryAdd(scope, name))
            {
                errors.Add(new CalendarError(name, file.ScopeLine, null, $"l'ambito {scope} ha già un file: {seen[scope]} (un file per ambito)"));
            }

            var accounted = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var rule in file.Rules)
            {
                if (!national.TryGetValue(rule.Id, out var nationalRule))
                {
                    continue;
                }

                if (nationalRule.Consultation != rule.Consultation)
                {
                    errors.Add(new CalendarError(name, rule.Source.Line, rule.Id,
                        $"l'identificativo è di una regola nazionale di un'altra consultazione ({nationalRule.Consultation.Id()}, {nationalRule.Source}): una regola nuova dell'ambito richiede un identificativo nuovo, una variante la consultazione \"{nationalRule.Consultation.Id()}\""));
                }
                else if (accounted.TryAdd(rule.Id, rule.Source.Line))
                {
                    // Several definitions of one override (a law change) account for the rule once.
                }
            }

            foreach (var (id, line, list) in file.Entries)
            {
                if (!national.ContainsKey(id))
                {
                    errors.Add(new CalendarError(name, line, id, $"{list}: la regola non esiste nel calendario nazionale"));
                    continue;
                }

                if (accounted.TryGetValue(id, out var firstLine))
                {
                    errors.Add(new CalendarError(name, line, id,
                        $"{list}: la regola nazionale è già trattata alla riga {firstLine} di questo file (ciascuna va sostituita, elencata in unchanged o in not-applicable una sola volta)"));
                }
                else
                {
                    accounted[id] = line;
                }
            }

            foreach (var consultation in file.Declarations.Coverage)
            {
                foreach (var rule in national.Values.Where(r => r.Consultation == consultation).OrderBy(r => r.Ordinal))
                {
                    if (!accounted.ContainsKey(rule.Id))
                    {
                        errors.Add(new CalendarError(name, file.CoverageLine, rule.Id,
                            $"coverage: la regola nazionale ({consultation.Id()}, {rule.Source}) non è trattata: sostituirla con la variante dell'ambito, o elencarla in unchanged o in not-applicable con il motivo"));
                    }
                }
            }
        }
    }
}
