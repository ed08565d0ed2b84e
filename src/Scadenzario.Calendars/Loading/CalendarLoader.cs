using System.Security.Cryptography;
using System.Text;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
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

    internal static readonly string[] FileKeys = ["consultation", "title", "events", "rules"];

    internal static readonly string[] ScopedFileKeys =
        ["scope", "consultation", "title", "law", "coverage", "events", "rules", "unchanged", "not-applicable", "substitutes"];

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
        var scopes = new List<ScopedFile>();
        var events = new Dictionary<string, EventDefinition>(index.Events);
        var eventLines = new Dictionary<string, (string File, int Line)>();
        foreach (var (file, fromFolder) in ExpandFiles(directory, index.Files, errors))
        {
            var text = ReadFile(directory, file, errors, hash);
            if (text is not null)
            {
                ReadRuleFile(file, text, fromFolder, index, rules, scopes, events, eventLines, errors);
            }
        }

        rules = [.. rules.Select((rule, ordinal) => rule with { Ordinal = ordinal })];
        CheckIds(rules, errors);
        OffsetBounds.Check(rules, errors);
        CheckAnchors(rules, events, errors);
        ScopeChecks.Check(rules, scopes, errors);
        var order = RuleGraph.Order(rules, errors);
        if (errors.Count > 0)
        {
            throw new CalendarLoadException(errors);
        }

        var declarations = scopes.Select(s => s.Declarations).ToList();
        var jurisdictions = Jurisdictions.Build(order, declarations, errors);
        if (errors.Count > 0)
        {
            throw new CalendarLoadException(errors);
        }

        hash.TransformFinalBlock([], 0, 0);
        var version = $"{index.Version}+{Convert.ToHexStringLower(hash.Hash!)[..12]}";
        return new CalendarSet(version, order, index.Actors, events.Values.ToList(), index.Thresholds, index.Parameters, declarations, jurisdictions);
    }

    /// <summary>
    /// The files of <c>files:</c> in order; an entry ending in <c>/</c> is a folder and stands for
    /// every <c>*.yaml</c> in it, in name order, so a scoped file is added without editing the index.
    /// </summary>
    private static List<(string File, bool FromFolder)> ExpandFiles(string directory, IReadOnlyList<string> entries, List<CalendarError> errors)
    {
        var files = new List<(string, bool)>();
        foreach (var entry in entries)
        {
            if (!entry.EndsWith('/'))
            {
                files.Add((entry, false));
                continue;
            }

            var folder = Path.Combine(directory, entry);
            if (!Directory.Exists(folder))
            {
                errors.Add(new CalendarError(IndexFile, 0, null, $"cartella \"{entry}\" elencata in files non trovata in {directory}"));
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(folder, "*.yaml")
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .Select(name => (entry + name, true)));
        }

        return files;
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
        if (StrictUtf8.TryDecode(bytes, out var text) is { } problem)
        {
            errors.Add(new CalendarError(file, problem.Line, null, problem.Message));
            return null;
        }

        return text;
    }

    private static YamlMappingNode? ParseDocument(string file, string text, List<CalendarError> errors) =>
        YamlSyntaxErrors.Parse(file, text, errors);

    private static CalendarIndex? ReadIndex(string text, List<CalendarError> errors)
    {
        var root = ParseDocument(IndexFile, text, errors);
        if (root is null)
        {
            return null;
        }

        var yaml = new YamlNodes(IndexFile, errors);
        var map = yaml.AsMap(root, "index", "version", "files", "actors", "events", "parameters", "population-threshold");
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

        var actors = map["actors"] is { } actorsNode ? ReadActors(yaml, actorsNode) : [];
        var events = map["events"] is { } eventsNode ? ReadEvents(yaml, eventsNode) : [];
        var thresholds = map["population-threshold"] is { } thresholdNode
            ? ReadThresholds(yaml, thresholdNode)
            : PopulationThresholds.National;
        var parameters = map["parameters"] is { } parametersNode ? ReadParameters(yaml, parametersNode) : [];
        return version is null ? null : new CalendarIndex(version, files, actors, events, thresholds, parameters);
    }

    /// <summary>
    /// <c>id: { label: …, owner: comune | prefettura | secondo-grado | altri }</c>: both are required,
    /// because whose work an act is decides whether it is ever a task, overdue or escalated.
    /// </summary>
    internal static readonly string[] ActorKeys = ["label", "owner"];

    private static Dictionary<string, ActorDefinition> ReadActors(YamlNodes yaml, YamlNode node)
    {
        var actors = new Dictionary<string, ActorDefinition>(StringComparer.Ordinal);
        if (yaml.AsMap(node, "actors") is not { } map)
        {
            return actors;
        }

        foreach (var (keyNode, value) in map.Node.Children)
        {
            var id = (keyNode as YamlScalarNode)?.Value ?? "";
            var what = $"actors.{id}";
            if (value is YamlScalarNode)
            {
                yaml.Error(value, $"{what}: indicare {{ label: …, owner: … }} (owner: {string.Join(" | ", ActorOwners.All)})");
                continue;
            }

            if (yaml.AsMap(value, what, ActorKeys) is not { } definition)
            {
                continue;
            }

            var label = definition.RequiredText("label", "etichetta italiana dell'attore");
            ActorOwner? owner = null;
            if (definition.RequiredText("owner", $"di chi è l'atto ({string.Join(" | ", ActorOwners.All)})") is { } ownerText)
            {
                if (ActorOwners.TryParse(ownerText, out var parsed))
                {
                    owner = parsed;
                }
                else
                {
                    yaml.Error(definition["owner"]!, $"{what}.owner: valore sconosciuto \"{ownerText}\" (ammessi: {string.Join(", ", ActorOwners.All)})");
                }
            }

            if (label is not null && owner is { } o)
            {
                actors[id] = new ActorDefinition(label, o);
            }
        }

        return actors;
    }

    /// <summary>
    /// <c>id: label</c>, or <c>id: { label, window: { from-day, to-day, anchor }, note }</c> when the
    /// event has a window (see calendars/README.md, "Events").
    /// </summary>
    private static Dictionary<string, EventDefinition> ReadEvents(YamlNodes yaml, YamlNode node)
    {
        var events = new Dictionary<string, EventDefinition>(StringComparer.Ordinal);
        if (yaml.AsMap(node, "events") is not { } map)
        {
            return events;
        }

        foreach (var (keyNode, value) in map.Node.Children)
        {
            if ((keyNode as YamlScalarNode)?.Value is not { } id)
            {
                continue;
            }

            var what = $"events.{id}";
            if (value is YamlScalarNode)
            {
                if (yaml.Text(value, what) is { } label)
                {
                    events[id] = new EventDefinition(id, label, null);
                }

                continue;
            }

            if (yaml.AsMap(value, what, "label", "window", "note") is not { } definition)
            {
                continue;
            }

            var text = definition.RequiredText("label", "etichetta italiana dell'evento");
            EventWindow? window = null;
            if (definition["window"] is { } windowNode
                && yaml.AsMap(windowNode, $"{what}.window", "from-day", "to-day", "anchor") is { } windowMap)
            {
                var from = windowMap["from-day"] is { } fromNode ? yaml.Integer(fromNode, $"{what}.window.from-day") : null;
                var to = windowMap["to-day"] is { } toNode ? yaml.Integer(toNode, $"{what}.window.to-day") : null;
                EventWindowAnchor? anchor = windowMap.OptionalText("anchor", $"{what}.window.anchor") switch
                {
                    null or "vote" => EventWindowAnchor.Vote,
                    "ballottaggio" => EventWindowAnchor.Ballottaggio,
                    var other => RefuseAnchor(yaml, windowMap["anchor"]!, $"{what}.window.anchor: ancora sconosciuta \"{other}\" (ammesse: vote, ballottaggio)"),
                };
                if (from is null || to is null)
                {
                    yaml.Error(windowNode, $"{what}.window: indicare from-day e to-day (giorni prima del giorno della votazione se negativi, dopo l'ultimo giorno di votazione se 0 o positivi)");
                }
                else if (to < from)
                {
                    yaml.Error(windowNode, $"{what}.window: to-day precede from-day");
                }
                else if (anchor is { } known)
                {
                    window = new EventWindow(from.Value, to.Value, known);
                }
            }

            if (text is not null)
            {
                events[id] = new EventDefinition(id, text, window);
            }
        }

        return events;
    }

    private static EventWindowAnchor? RefuseAnchor(YamlNodes yaml, YamlNode node, string message)
    {
        yaml.Error(node, message);
        return null;
    }

    private static PopulationThresholds ReadThresholds(YamlNodes yaml, YamlNode node)
    {
        var map = yaml.AsMap(node, "population-threshold", "default", "basis", "by-scope", "capoluogo", "note");
        if (map is null)
        {
            return PopulationThresholds.National;
        }

        var fallback = map["default"] is { } defaultNode ? yaml.Integer(defaultNode, "population-threshold.default") : null;
        var basis = map.OptionalText("basis", "population-threshold.basis");
        var byScope = new List<ScopedThreshold>();
        if (map["by-scope"] is { } scopesNode)
        {
            foreach (var item in yaml.Sequence(scopesNode, "population-threshold.by-scope"))
            {
                if (ReadScopedThreshold(yaml, item) is { } threshold)
                {
                    byScope.Add(threshold);
                }
            }
        }

        CapoluogoRule? capoluogo = null;
        if (map["capoluogo"] is { } capoluogoNode
            && yaml.AsMap(capoluogoNode, "population-threshold.capoluogo", "valid", "except-special-statute", "basis") is { } capoluogoMap)
        {
            var validity = capoluogoMap["valid"] is { } validNode ? ReadValidity(yaml, validNode, "population-threshold.capoluogo.valid") : Validity.Always;
            var except = capoluogoMap["except-special-statute"] is { } exceptNode
                && yaml.Boolean(exceptNode, "population-threshold.capoluogo.except-special-statute") == true;
            var capoluogoBasis = capoluogoMap.RequiredText("basis", "riferimento normativo della regola dei capoluoghi");
            capoluogo = new CapoluogoRule(validity, except, capoluogoBasis);
        }

        return new PopulationThresholds(fallback ?? PopulationThresholds.National.DefaultLimit, basis, byScope, capoluogo);
    }

    private static ScopedThreshold? ReadScopedThreshold(YamlNodes yaml, YamlNode node)
    {
        const string What = "population-threshold.by-scope";
        var map = yaml.AsMap(node, What, "region", "province", "limit", "valid", "basis");
        if (map is null)
        {
            return null;
        }

        var regionName = map.RequiredText("region", "regione");
        var region = regionName is null ? null : ItalianRegions.Find(regionName);
        if (regionName is not null && region is null)
        {
            yaml.Error(map["region"]!, $"{What}: regione sconosciuta \"{regionName}\"");
        }

        var province = map.OptionalText("province", "provincia");
        if (province is not null && !RuleReader.ProvincePattern().IsMatch(province))
        {
            yaml.Error(map["province"]!, $"{What}: attesa una sigla di provincia di due lettere maiuscole (es. TN)");
            province = null;
        }

        var limit = map["limit"] is { } limitNode ? yaml.Integer(limitNode, $"{What}.limit") : null;
        if (!map.Has("limit"))
        {
            yaml.Error(map.Node, $"{What}: manca \"limit\" (numero di abitanti)");
        }

        var validity = map["valid"] is { } validNode ? ReadValidity(yaml, validNode, $"{What}.valid") : Validity.Always;
        var basis = map.RequiredText("basis", "riferimento normativo della soglia");
        return region is null || limit is null ? null : new ScopedThreshold(region.Name, province, limit.Value, validity, basis);
    }

    internal static Validity ReadValidity(YamlNodes yaml, YamlNode node, string what)
    {
        var map = yaml.AsMap(node, what, "from", "to");
        if (map is null)
        {
            return Validity.Always;
        }

        var from = map["from"] is { } fromNode ? yaml.Date(fromNode, $"{what}.from") : null;
        var to = map["to"] is { } toNode ? yaml.Date(toNode, $"{what}.to") : null;
        if (from is { } f && to is { } t && t < f)
        {
            yaml.Error(map.Node, $"{what}: la data \"to\" precede \"from\"");
        }

        return new Validity(from, to);
    }

    private static Dictionary<string, ParameterDefinition> ReadParameters(YamlNodes yaml, YamlNode node)
    {
        var parameters = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        if (yaml.AsMap(node, "parameters") is not { } map)
        {
            return parameters;
        }

        foreach (var (keyNode, value) in map.Node.Children)
        {
            var id = (keyNode as YamlScalarNode)?.Value ?? "";
            var what = $"parameters.{id}";
            if (!RuleReader.IdPattern().IsMatch(id))
            {
                yaml.Error(keyNode, $"{what}: identificativo non valido: solo minuscole, cifre, trattini e punti");
                continue;
            }

            if (yaml.AsMap(value, what, "label", "kind", "window", "values") is not { } definition)
            {
                continue;
            }

            var label = definition.RequiredText("label", "etichetta italiana del parametro");
            ParameterKind? kind = definition.RequiredText("kind", "tipo del parametro") switch
            {
                null => null,
                "time" => ParameterKind.Time,
                "date-time" => ParameterKind.DateTime,
                "choice" => ParameterKind.Choice,
                var other => Refuse(definition["kind"]!, $"{what}.kind: tipo sconosciuto \"{other}\" (ammessi: time, date-time, choice)"),
            };

            var values = new List<string>();
            if (definition["values"] is { } valuesNode)
            {
                if (kind != ParameterKind.Choice)
                {
                    yaml.Error(valuesNode, $"{what}.values vale solo con kind: choice");
                }

                foreach (var item in yaml.Sequence(valuesNode, $"{what}.values"))
                {
                    if (yaml.Text(item, $"{what}.values") is { } text && RuleReader.IdPattern().IsMatch(text) && !values.Contains(text))
                    {
                        values.Add(text);
                    }
                    else
                    {
                        yaml.Error(item, $"{what}.values: valore non valido o ripetuto (solo minuscole, cifre e trattini)");
                    }
                }
            }

            if (kind == ParameterKind.Choice && values.Count < 2)
            {
                yaml.Error(value, $"{what}: un parametro choice elenca in values almeno due valori");
            }

            ParameterWindow? window = null;
            if (definition["window"] is { } windowNode)
            {
                if (kind != ParameterKind.DateTime)
                {
                    yaml.Error(windowNode, $"{what}.window vale solo con kind: date-time");
                }

                if (yaml.AsMap(windowNode, $"{what}.window", "from-day", "to-day") is { } windowMap)
                {
                    var from = windowMap["from-day"] is { } fromNode ? yaml.Integer(fromNode, $"{what}.window.from-day") : null;
                    var to = windowMap["to-day"] is { } toNode ? yaml.Integer(toNode, $"{what}.window.to-day") : null;
                    if (from is null || to is null)
                    {
                        yaml.Error(windowNode, $"{what}.window: indicare from-day e to-day (giorni dall'ultimo giorno di votazione)");
                    }
                    else if (to < from)
                    {
                        yaml.Error(windowNode, $"{what}.window: to-day precede from-day");
                    }
                    else
                    {
                        window = new ParameterWindow(from.Value, to.Value);
                    }
                }
            }

            if (label is not null && kind is not null)
            {
                parameters[id] = kind == ParameterKind.Choice
                    ? new ParameterDefinition(id, label, kind.Value, window) { Values = values }
                    : new ParameterDefinition(id, label, kind.Value, window);
            }
        }

        return parameters;

        ParameterKind? Refuse(YamlNode at, string message)
        {
            yaml.Error(at, message);
            return null;
        }
    }

    private static void ReadRuleFile(
        string file,
        string text,
        bool fromFolder,
        CalendarIndex index,
        List<Rule> rules,
        List<ScopedFile> scopes,
        Dictionary<string, EventDefinition> events,
        Dictionary<string, (string File, int Line)> eventLines,
        List<CalendarError> errors)
    {
        var root = ParseDocument(file, text, errors);
        if (root is null)
        {
            return;
        }

        var yaml = new YamlNodes(file, errors);
        var scoped = root.Children.ContainsKey(new YamlScalarNode("scope"));
        var map = scoped
            ? yaml.AsMap(root, "file di un ambito", ScopedFileKeys)
            : yaml.AsMap(root, "file di calendario", FileKeys);
        if (map is null)
        {
            return;
        }

        if (fromFolder && !scoped)
        {
            yaml.Error(root, "manca \"scope\": un file di questa cartella contiene le regole di una regione o provincia (es. scope: { region: Sicilia })");
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

        RuleScope? scope = null;
        if (scoped)
        {
            scope = ScopeChecks.ReadScope(yaml, map["scope"]!);
            if (scope is null)
            {
                return;
            }
        }

        if (map["events"] is { } eventsNode)
        {
            foreach (var (id, definition) in ReadEvents(yaml, eventsNode))
            {
                if (!events.TryAdd(id, definition))
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

        var reader = new RuleReader(yaml, consultation, index.Actors.ToDictionary(a => a.Key, a => a.Value.Owner, StringComparer.Ordinal), index.Parameters, scope);
        var fileRules = new List<Rule>();
        if (map["rules"] is { } rulesNode)
        {
            foreach (var ruleNode in yaml.Sequence(rulesNode, "rules"))
            {
                if (reader.Read(ruleNode) is { } rule)
                {
                    fileRules.Add(rule);
                }
            }
        }
        else if (!scoped)
        {
            yaml.Error(root, "manca l'elenco \"rules\"");
            return;
        }

        rules.AddRange(fileRules);
        if (scope is not null)
        {
            scopes.Add(ScopeChecks.ReadDeclarations(yaml, map, scope, fileRules, index.Actors.Keys.ToHashSet()));
        }
    }

    /// <summary>An id may be defined more than once only for disjoint periods of validity.</summary>
    private static void CheckIds(List<Rule> rules, List<CalendarError> errors)
    {
        foreach (var group in rules.GroupBy(r => (r.Id, r.Scope)).Where(g => g.Count() > 1))
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
                            group.Key.Id,
                            $"identificativo duplicato: già definito in {definitions[j].Source} per un periodo di validità che si sovrappone"));
                    }
                }
            }
        }
    }

    private static void CheckAnchors(List<Rule> rules, Dictionary<string, EventDefinition> events, List<CalendarError> errors)
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
        IReadOnlyDictionary<string, ActorDefinition> Actors,
        IReadOnlyDictionary<string, EventDefinition> Events,
        PopulationThresholds Thresholds,
        IReadOnlyDictionary<string, ParameterDefinition> Parameters);
}
