using System.Security.Cryptography;
using System.Text;
using Scadenzario.Calendars.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scadenzario.Calendars.Loading;

/// <summary>
/// Loads <c>index.yaml</c> and the files it lists, validates every rule and the links between
/// rules, and either returns the whole set or throws <see cref="CalendarLoadException"/> with every
/// error found. Nothing is half-loaded.
/// </summary>
public static class CalendarLoader
{
    public const string IndexFile = "index.yaml";

    public static CalendarSet Load(string directory)
    {
        var errors = new List<CalendarError>();
        var hash = SHA256.Create();
        var indexText = ReadFile(directory, IndexFile, errors, hash);
        if (indexText is null)
        {
            throw new CalendarLoadException(errors);
        }

        var index = ReadIndex(indexText, errors);
        if (index is null)
        {
            throw new CalendarLoadException(errors);
        }

        var rules = new List<Rule>();
        var events = new Dictionary<string, string>(index.Events);
        var eventLines = new Dictionary<string, (string File, int Line)>();
        foreach (var file in index.Files)
        {
            var text = ReadFile(directory, file, errors, hash);
            if (text is not null)
            {
                ReadRuleFile(file, text, index, rules, events, eventLines, errors);
            }
        }

        rules = [.. rules.Select((rule, ordinal) => rule with { Ordinal = ordinal })];
        CheckIds(rules, errors);
        CheckAnchors(rules, events, errors);
        var order = RuleGraph.Order(rules, errors);
        if (errors.Count > 0)
        {
            throw new CalendarLoadException(errors);
        }

        hash.TransformFinalBlock([], 0, 0);
        var version = $"{index.Version}+{Convert.ToHexStringLower(hash.Hash!)[..12]}";
        return new CalendarSet(version, order, index.Actors, events, index.Thresholds);
    }

    private static string? ReadFile(string directory, string file, List<CalendarError> errors, HashAlgorithm hash)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            errors.Add(new CalendarError(file, 0, null, $"file non trovato in {directory}"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(file + "\n");
        hash.TransformBlock(name, 0, name.Length, null, 0);
        hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
        return Encoding.UTF8.GetString(bytes);
    }

    private static YamlMappingNode? ParseDocument(string file, string text, List<CalendarError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add(new CalendarError(file, 1, null, "atteso un solo documento YAML con una mappa alla radice"));
        }
        catch (YamlException e)
        {
            errors.Add(new CalendarError(file, (int)e.Start.Line, null, $"YAML non valido: {e.InnerException?.Message ?? e.Message}"));
        }

        return null;
    }

    private static CalendarIndex? ReadIndex(string text, List<CalendarError> errors)
    {
        var root = ParseDocument(IndexFile, text, errors);
        if (root is null)
        {
            return null;
        }

        var yaml = new YamlNodes(IndexFile, errors);
        var map = yaml.AsMap(root, "index", "version", "files", "actors", "events", "population-threshold");
        if (map is null)
        {
            return null;
        }

        var version = map.RequiredText("version", "versione del calendario");
        var files = map["files"] is { } filesNode
            ? yaml.Sequence(filesNode, "files").Select(f => yaml.Text(f, "files")).OfType<string>().ToList()
            : [];
        if (files.Count == 0)
        {
            yaml.Error(root, "manca l'elenco \"files\"");
        }

        var actors = map["actors"] is { } actorsNode ? ReadLabels(yaml, actorsNode, "actors") : [];
        var events = map["events"] is { } eventsNode ? ReadLabels(yaml, eventsNode, "events") : [];
        var thresholds = map["population-threshold"] is { } thresholdNode
            ? ReadThresholds(yaml, thresholdNode)
            : PopulationThresholds.National;
        return version is null ? null : new CalendarIndex(version, files, actors, events, thresholds);
    }

    private static Dictionary<string, string> ReadLabels(YamlNodes yaml, YamlNode node, string what)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.AsMap(node, what) is not { } map)
        {
            return labels;
        }

        foreach (var (key, value) in map.Node.Children)
        {
            if ((key as YamlScalarNode)?.Value is { } id && yaml.Text(value, $"{what}.{id}") is { } label)
            {
                labels[id] = label;
            }
        }

        return labels;
    }

    private static PopulationThresholds ReadThresholds(YamlNodes yaml, YamlNode node)
    {
        var map = yaml.AsMap(node, "population-threshold", "default", "regions", "note");
        if (map is null)
        {
            return PopulationThresholds.National;
        }

        var fallback = map["default"] is { } defaultNode ? yaml.Integer(defaultNode, "population-threshold.default") : null;
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        if (map["regions"] is { } regionsNode && yaml.AsMap(regionsNode, "population-threshold.regions") is { } regionMap)
        {
            foreach (var (key, value) in regionMap.Node.Children)
            {
                if ((key as YamlScalarNode)?.Value is { } region && yaml.Integer(value, $"population-threshold.{region}") is { } limit)
                {
                    regions[region] = limit;
                }
            }
        }

        return new PopulationThresholds(fallback ?? PopulationThresholds.National.DefaultLimit, regions);
    }

    private static void ReadRuleFile(
        string file,
        string text,
        CalendarIndex index,
        List<Rule> rules,
        Dictionary<string, string> events,
        Dictionary<string, (string File, int Line)> eventLines,
        List<CalendarError> errors)
    {
        var root = ParseDocument(file, text, errors);
        if (root is null)
        {
            return;
        }

        var yaml = new YamlNodes(file, errors);
        var map = yaml.AsMap(root, "file di calendario", "consultation", "title", "events", "rules");
        if (map is null)
        {
            return;
        }

        _ = map.RequiredText("title", "titolo del calendario");
        var consultationId = map.RequiredText("consultation", "consultazione");
        if (consultationId is null)
        {
            return;
        }

        if (!ConsultationTypes.TryParse(consultationId, out var consultation))
        {
            yaml.Error(map["consultation"]!, $"consultazione sconosciuta \"{consultationId}\" (ammesse: comune, europee, comunali, ballottaggio, metropolitane, provinciali)");
            return;
        }

        if (map["events"] is { } eventsNode)
        {
            foreach (var (id, label) in ReadLabels(yaml, eventsNode, "events"))
            {
                if (!events.TryAdd(id, label))
                {
                    var where = eventLines.TryGetValue(id, out var first) ? $"{first.File}:{first.Line}" : IndexFile;
                    yaml.Error(eventsNode, $"evento \"{id}\" già dichiarato in {where}");
                }
                else
                {
                    eventLines[id] = (file, YamlNodes.LineOf(eventsNode));
                }
            }
        }

        if (map["rules"] is not { } rulesNode)
        {
            yaml.Error(root, "manca l'elenco \"rules\"");
            return;
        }

        var reader = new RuleReader(yaml, consultation, index.Actors.Keys.ToHashSet());
        foreach (var ruleNode in yaml.Sequence(rulesNode, "rules"))
        {
            if (reader.Read(ruleNode) is { } rule)
            {
                rules.Add(rule);
            }
        }
    }

    /// <summary>An id may be defined more than once only for disjoint periods of validity.</summary>
    private static void CheckIds(List<Rule> rules, List<CalendarError> errors)
    {
        foreach (var group in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            var definitions = group.ToList();
            for (var i = 1; i < definitions.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (definitions[i].Validity.Overlaps(definitions[j].Validity))
                    {
                        errors.Add(new CalendarError(
                            definitions[i].Source.File,
                            definitions[i].Source.Line,
                            group.Key,
                            $"identificativo duplicato: già definito in {definitions[j].Source} per un periodo di validità che si sovrappone"));
                    }
                }
            }
        }
    }

    private static void CheckAnchors(List<Rule> rules, Dictionary<string, string> events, List<CalendarError> errors)
    {
        var ids = rules.Select(r => r.Id).ToHashSet();
        foreach (var rule in rules)
        {
            foreach (var variant in rule.Variants)
            {
                foreach (var point in new[] { variant.Start, variant.End })
                {
                    if (point is { Anchor: AnchorKind.Event, Target: { } eventId } && !events.ContainsKey(eventId))
                    {
                        errors.Add(new CalendarError(rule.Source.File, variant.Line, rule.Id, $"evento sconosciuto \"{eventId}\""));
                    }

                    if (point is { Anchor: AnchorKind.Rule, Target: { } ruleId } && !ids.Contains(ruleId))
                    {
                        errors.Add(new CalendarError(rule.Source.File, variant.Line, rule.Id, $"ancorata a una regola inesistente \"{ruleId}\""));
                    }
                }
            }
        }
    }

    private sealed record CalendarIndex(
        string Version,
        IReadOnlyList<string> Files,
        IReadOnlyDictionary<string, string> Actors,
        IReadOnlyDictionary<string, string> Events,
        PopulationThresholds Thresholds);
}
