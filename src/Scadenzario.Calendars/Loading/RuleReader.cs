using System.Text.RegularExpressions;
using NodaTime;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using YamlDotNet.RepresentationModel;

namespace Scadenzario.Calendars.Loading;

/// <summary>Turns the YAML of one rule into a <see cref="Rule"/>, reporting what is wrong with it.</summary>
internal sealed partial class RuleReader(
    YamlNodes yaml,
    ConsultationType consultation,
    IReadOnlyDictionary<string, ActorOwner> actors,
    IReadOnlyDictionary<string, ParameterDefinition> parameters,
    RuleScope? scope = null)
{
    internal static readonly string[] RuleKeys =
        ["id", "title", "description", "actor", "kind", "due", "start", "end", "when", "variants", "basis", "valid", "prefetto", "reminders", "note", "consultation"];

    internal static readonly string[] VariantKeys = ["when", "due", "start", "end", "basis", "note"];

    internal static readonly string[] PointKeys = ["anchor", "day", "months", "working-days", "roll", "time", "edge", "param"];

    internal static readonly string[] ConditionKeys =
        ["population", "with", "without", "voting-days", "first-voting-day", "ballottaggio", "special-statute", "region", "province", "capoluogo", "population-above", "population-at-most", "parameter"];

    public Rule? Read(YamlNode node)
    {
        yaml.RuleId = null;
        var map = yaml.AsMap(node, "regola", RuleKeys);
        if (map is null)
        {
            return null;
        }

        var id = map.RequiredText("id", "identificativo della regola");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            yaml.Error(map["id"]!, $"identificativo \"{id}\" non valido: solo minuscole, cifre, trattini e punti");
        }

        yaml.RuleId = id;
        var title = map.RequiredText("title", "titolo");
        var description = map.OptionalText("description", "descrizione");
        var basis = map.RequiredText("basis", "riferimento normativo");
        var note = map.OptionalText("note", "nota");
        var actor = map.RequiredText("actor", "attore");
        if (actor is not null && !actors.ContainsKey(actor))
        {
            yaml.Error(map["actor"]!, $"attore sconosciuto \"{actor}\" (ammessi: {string.Join(", ", actors.Keys.Order())})");
        }

        RuleKind? kind = null;
        if (map.RequiredText("kind", "tipo") is { } kindText)
        {
            if (RuleKinds.TryParse(kindText, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                yaml.Error(map["kind"]!, $"tipo sconosciuto \"{kindText}\" (ammessi: scadenza, inizio, periodo, divieto, evento)");
            }
        }

        var ruleConsultation = consultation;
        if (map["consultation"] is { } consultationNode)
        {
            if (scope is null)
            {
                yaml.Error(consultationNode, "\"consultation\" per regola vale solo nei file di un ambito (calendars/regioni/): qui la consultazione è quella del file");
            }
            else if (yaml.Text(consultationNode, "consultation") is { } text && !ConsultationTypes.TryParse(text, out ruleConsultation))
            {
                yaml.Error(consultationNode, $"consultazione sconosciuta \"{text}\" (ammesse: comune, europee, comunali, ballottaggio, metropolitane, provinciali)");
            }
        }

        var validity = map["valid"] is { } validNode ? ReadValidity(validNode) : Validity.Always;
        var prefetto = map["prefetto"] is { } prefettoNode && yaml.Boolean(prefettoNode, "prefetto") == true;
        var reminders = map["reminders"] is { } remindersNode ? ReadReminders(remindersNode) : [];
        var variants = kind is { } k ? ReadVariants(map, k) : [];

        if (id is null || title is null || basis is null || actor is null || kind is null || variants.Count == 0)
        {
            return null;
        }

        return new Rule
        {
            Id = id,
            Consultation = ruleConsultation,
            Title = title,
            Description = description,
            Actor = actor,
            Owner = actors.GetValueOrDefault(actor, ActorOwner.Altri),
            Kind = kind.Value,
            LegalBasis = basis,
            Validity = validity,
            AssicurazionePrefetto = prefetto,
            Reminders = reminders,
            Note = note,
            Variants = variants,
            Source = new SourceLocation(yaml.File, map.Line),
            Scope = scope,
        };
    }

    private List<RuleVariant> ReadVariants(YamlNodes.Map rule, RuleKind kind)
    {
        if (rule["variants"] is not { } variantsNode)
        {
            var single = ReadTiming(rule, kind, rule["when"]);
            return single is null ? [] : [single];
        }

        foreach (var key in new[] { "due", "start", "end", "when" })
        {
            if (rule.Has(key))
            {
                yaml.Error(rule[key]!, $"\"{key}\" va dentro ciascuna variante quando la regola ha \"variants\"");
            }
        }

        var variants = new List<RuleVariant>();
        var items = yaml.Sequence(variantsNode, "variants");
        if (items.Count == 0)
        {
            yaml.Error(variantsNode, "\"variants\" non può essere vuoto");
        }

        foreach (var item in items)
        {
            if (yaml.AsMap(item, "variante", VariantKeys) is { } variantMap
                && ReadTiming(variantMap, kind, variantMap["when"]) is { } variant)
            {
                variants.Add(variant with
                {
                    LegalBasis = variantMap.OptionalText("basis", "riferimento normativo"),
                    Note = variantMap.OptionalText("note", "nota"),
                });
            }
        }

        return variants.Count == items.Count ? variants : [];
    }

    private RuleVariant? ReadTiming(YamlNodes.Map map, RuleKind kind, YamlNode? whenNode)
    {
        var when = whenNode is null ? Conditions.Always : ReadConditions(whenNode);
        var hasDue = map.Has("due");
        var hasWindow = map.Has("start") || map.Has("end");
        if (hasDue && hasWindow)
        {
            yaml.Error(map.Node, "usare \"due\" oppure \"start\" e \"end\", non entrambi");
            return null;
        }

        if (kind.TakesWindow() && !hasWindow)
        {
            yaml.Error(map.Node, $"una regola di tipo {kind.Id()} richiede \"start\" e \"end\"");
            return null;
        }

        if (kind is RuleKind.Scadenza or RuleKind.Inizio && !hasDue)
        {
            yaml.Error(map.Node, $"una regola di tipo {kind.Id()} richiede \"due\"");
            return null;
        }

        if (!hasDue && !hasWindow)
        {
            yaml.Error(map.Node, "manca la data: \"due\" oppure \"start\" e \"end\"");
            return null;
        }

        if (hasDue)
        {
            var due = ReadPoint(map["due"]!, "due");
            return due is null || when is null ? null : new RuleVariant(when, null, due, null, null, map.Line);
        }

        if (!map.Has("start") || !map.Has("end"))
        {
            yaml.Error(map.Node, "un periodo richiede sia \"start\" sia \"end\"");
            return null;
        }

        var start = ReadPoint(map["start"]!, "start");
        var end = ReadPoint(map["end"]!, "end");
        if (start is null || end is null || when is null)
        {
            return null;
        }

        if (EndsBeforeStart(start, end))
        {
            yaml.Error(map["end"]!, "il periodo termina prima di iniziare");
            return null;
        }

        return new RuleVariant(when, start, end, null, null, map.Line);
    }

    /// <summary>
    /// Whether the window certainly ends before it starts: checked when both ends count from the
    /// same anchor in the same way, so the order of their offsets is the order of their dates.
    /// </summary>
    private static bool EndsBeforeStart(TimePoint start, TimePoint end)
    {
        if (start.Anchor != end.Anchor || start.Target != end.Target || start.Edge != end.Edge
            || start.Months != end.Months || start.WorkingDays != 0 || start.RollToWorkingDay)
        {
            return false;
        }

        if (start.Anchor is AnchorKind.Vote or AnchorKind.Ballottaggio
            && start.CountsFromLastVotingDay != end.CountsFromLastVotingDay)
        {
            // Before/after the vote: the last voting day is never before the reference day.
            return start.CountsFromLastVotingDay && !end.CountsFromLastVotingDay;
        }

        if (end.Days != start.Days)
        {
            return end.Days < start.Days;
        }

        return end.WorkingDays == 0 && !end.RollToWorkingDay
            && start.Time is { } startTime && end.Time is { } endTime && endTime.MinuteOfDay < startTime.MinuteOfDay;
    }

    private TimePoint? ReadPoint(YamlNode node, string what)
    {
        var map = yaml.AsMap(node, what, PointKeys);
        if (map is null)
        {
            return null;
        }

        var ok = true;
        var point = new TimePoint();
        if (map["anchor"] is { } anchorNode)
        {
            var anchor = yaml.Text(anchorNode, $"{what}.anchor");
            switch (anchor)
            {
                case null:
                    ok = false;
                    break;
                case "vote":
                    break;
                case "vote-first-day":
                    point = point with { Anchor = AnchorKind.VoteFirstDay };
                    break;
                case "vote-last-day":
                    point = point with { Anchor = AnchorKind.VoteLastDay };
                    break;
                case "ballottaggio":
                    point = point with { Anchor = AnchorKind.Ballottaggio };
                    break;
                case var _ when anchor.StartsWith("event:", StringComparison.Ordinal) && anchor.Length > 6:
                    point = point with { Anchor = AnchorKind.Event, Target = anchor[6..] };
                    break;
                case var _ when anchor.StartsWith("rule:", StringComparison.Ordinal) && anchor.Length > 5:
                    point = point with { Anchor = AnchorKind.Rule, Target = anchor[5..] };
                    break;
                default:
                    yaml.Error(anchorNode, $"{what}: ancoraggio sconosciuto \"{anchor}\" (ammessi: vote, vote-first-day, vote-last-day, ballottaggio, event:NOME, rule:ID)");
                    ok = false;
                    break;
            }
        }

        if (map["day"] is { } dayNode)
        {
            var days = yaml.Integer(dayNode, $"{what}.day");
            ok &= days is not null;
            point = point with { Days = days ?? 0 };
        }

        if (map["months"] is { } monthsNode)
        {
            var months = yaml.Integer(monthsNode, $"{what}.months");
            ok &= months is not null;
            point = point with { Months = months ?? 0 };
        }

        if (map["working-days"] is { } workingNode)
        {
            var working = yaml.Integer(workingNode, $"{what}.working-days");
            if (working is 0)
            {
                yaml.Error(workingNode, $"{what}.working-days: 0 non conta nulla; indicare un numero positivo (in avanti) o negativo (a ritroso)");
                working = null;
            }

            ok &= working is not null;
            point = point with { WorkingDays = working ?? 0 };
        }

        if (map["roll"] is { } rollNode)
        {
            if (yaml.Text(rollNode, $"{what}.roll") == "next-working-day")
            {
                point = point with { RollToWorkingDay = true };
            }
            else
            {
                yaml.Error(rollNode, $"{what}.roll: ammesso solo next-working-day");
                ok = false;
            }
        }

        if (map["time"] is { } timeNode)
        {
            var text = (timeNode as YamlScalarNode)?.Value ?? "";
            if (ClockTime.TryParse(text, out var time))
            {
                point = point with { Time = time };
            }
            else
            {
                yaml.Error(timeNode, $"{what}.time: ora \"{text}\" non valida (HH:mm, da 00:00 a 24:00)");
                ok = false;
            }
        }

        if (map["param"] is { } paramNode && yaml.Text(paramNode, $"{what}.param") is { } parameter)
        {
            if (parameters.TryGetValue(parameter, out var definition) && definition.Kind != ParameterKind.Choice)
            {
                point = point with { Parameter = parameter };
            }
            else if (definition is not null)
            {
                yaml.Error(paramNode, $"{what}.param: il parametro \"{parameter}\" è una scelta (choice), non un'ora: usarlo in when.parameter");
                ok = false;
            }
            else
            {
                yaml.Error(paramNode, $"{what}.param: parametro \"{parameter}\" non dichiarato in index.yaml (dichiarati: {(parameters.Count == 0 ? "nessuno" : string.Join(", ", parameters.Keys.Order()))})");
                ok = false;
            }
        }

        if (map["edge"] is { } edgeNode)
        {
            switch (yaml.Text(edgeNode, $"{what}.edge"))
            {
                case "start":
                    point = point with { Edge = Edge.Start };
                    break;
                case "end":
                    break;
                default:
                    yaml.Error(edgeNode, $"{what}.edge: ammessi start o end");
                    ok = false;
                    break;
            }

            if (point.Anchor != AnchorKind.Rule)
            {
                yaml.Error(edgeNode, $"{what}.edge vale solo con anchor: rule:ID");
                ok = false;
            }
        }

        if (!map.Has("day") && !map.Has("months") && !map.Has("working-days") && point.Anchor is AnchorKind.Vote)
        {
            // Day 0 of the vote is legitimate but must be written: an empty point is a slip.
            yaml.Error(map.Node, $"{what}: indicare almeno \"day\", \"months\", \"working-days\" o \"anchor\"");
            ok = false;
        }

        return ok ? point : null;
    }

    private Conditions? ReadConditions(YamlNode node)
    {
        var map = yaml.AsMap(node, "when", ConditionKeys);
        if (map is null)
        {
            return null;
        }

        var ok = true;
        var conditions = new Conditions();
        if (map["population"] is { } populationNode)
        {
            switch (yaml.Text(populationNode, "when.population"))
            {
                case "superiore":
                    conditions = conditions with { Population = PopulationClass.Superiore };
                    break;
                case "inferiore":
                    conditions = conditions with { Population = PopulationClass.Inferiore };
                    break;
                default:
                    yaml.Error(populationNode, "when.population: ammessi superiore o inferiore");
                    ok = false;
                    break;
            }
        }

        foreach (var (key, set) in new (string, Func<Conditions, int, Conditions>)[]
        {
            ("population-above", (c, n) => c with { PopulationAbove = n }),
            ("population-at-most", (c, n) => c with { PopulationAtMost = n }),
        })
        {
            if (map[key] is not { } figureNode)
            {
                continue;
            }

            switch (yaml.Integer(figureNode, $"when.{key}"))
            {
                case null:
                    ok = false;
                    break;
                case < 0:
                    yaml.Error(figureNode, $"when.{key}: il numero di abitanti non può essere negativo");
                    ok = false;
                    break;
                case { } figure:
                    conditions = set(conditions, figure);
                    break;
            }
        }

        if (map["with"] is { } withNode)
        {
            var list = ReadConsultations(withNode, "when.with");
            ok &= list is not null;
            conditions = conditions with { With = list ?? [] };
        }

        if (map["without"] is { } withoutNode)
        {
            var list = ReadConsultations(withoutNode, "when.without");
            ok &= list is not null;
            conditions = conditions with { Without = list ?? [] };
        }

        if (map["voting-days"] is { } daysNode)
        {
            var days = yaml.Integer(daysNode, "when.voting-days");
            if (days is not (1 or 2))
            {
                yaml.Error(daysNode, "when.voting-days: ammessi 1 o 2");
                ok = false;
            }

            conditions = conditions with { VotingDays = days };
        }

        if (map["first-voting-day"] is { } weekdayNode)
        {
            switch (yaml.Text(weekdayNode, "when.first-voting-day"))
            {
                case "saturday":
                    conditions = conditions with { FirstVotingDay = IsoDayOfWeek.Saturday };
                    break;
                case "sunday":
                    conditions = conditions with { FirstVotingDay = IsoDayOfWeek.Sunday };
                    break;
                default:
                    yaml.Error(weekdayNode, "when.first-voting-day: ammessi saturday o sunday");
                    ok = false;
                    break;
            }
        }

        if (map["ballottaggio"] is { } ballottaggioNode)
        {
            var value = yaml.Boolean(ballottaggioNode, "when.ballottaggio");
            ok &= value is not null;
            conditions = conditions with { Ballottaggio = value };
        }

        if (map["special-statute"] is { } specialNode)
        {
            var value = yaml.Boolean(specialNode, "when.special-statute");
            ok &= value is not null;
            conditions = conditions with { SpecialStatute = value };
        }

        if (map["region"] is { } regionNode)
        {
            var regions = new List<string>();
            foreach (var item in yaml.Sequence(regionNode, "when.region"))
            {
                if (yaml.Text(item, "when.region") is not { } name)
                {
                    ok = false;
                }
                else if (ItalianRegions.Find(name) is { } region)
                {
                    regions.Add(region.Name);
                }
                else
                {
                    yaml.Error(item, $"when.region: regione sconosciuta \"{name}\" (indicare il nome ISTAT, es. Sicilia, Friuli-Venezia Giulia, Trentino-Alto Adige)");
                    ok = false;
                }
            }

            ok &= regions.Count > 0;
            conditions = conditions with { Regions = regions };
        }

        if (map["province"] is { } provinceNode)
        {
            var provinces = new List<string>();
            foreach (var item in yaml.Sequence(provinceNode, "when.province"))
            {
                if (yaml.Text(item, "when.province") is { } sigla && ProvincePattern().IsMatch(sigla))
                {
                    provinces.Add(sigla);
                }
                else
                {
                    yaml.Error(item, "when.province: attesa una sigla di provincia di due lettere maiuscole (es. TN, BZ)");
                    ok = false;
                }
            }

            ok &= provinces.Count > 0;
            conditions = conditions with { Provinces = provinces };
        }

        if (map["capoluogo"] is { } capoluogoNode)
        {
            var value = yaml.Boolean(capoluogoNode, "when.capoluogo");
            ok &= value is not null;
            conditions = conditions with { Capoluogo = value };
        }

        if (map["parameter"] is { } parameterNode)
        {
            var required = ReadParameterConditions(parameterNode);
            ok &= required is not null;
            conditions = conditions with { Parameters = required ?? [] };
        }

        return ok ? conditions : null;
    }

    /// <summary><c>parameter: { referendum-tipo: abrogativo }</c>: choice parameters of index.yaml and one of their values each.</summary>
    private List<ParameterCondition>? ReadParameterConditions(YamlNode node)
    {
        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            yaml.Error(node, "when.parameter: attesa una mappa NOME: VALORE di parametri choice di index.yaml");
            return null;
        }

        var result = new List<ParameterCondition>();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var value = yaml.Text(valueNode, $"when.parameter.{name}");
            if (!parameters.TryGetValue(name, out var definition) || definition.Kind != ParameterKind.Choice)
            {
                var choices = parameters.Values.Where(p => p.Kind == ParameterKind.Choice).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
                yaml.Error(keyNode, $"when.parameter: \"{name}\" non è un parametro choice di index.yaml (dichiarati: {(choices.Count == 0 ? "nessuno" : string.Join(", ", choices))})");
                ok = false;
            }
            else if (value is null || !definition.Values.Contains(value, StringComparer.Ordinal))
            {
                yaml.Error(valueNode, $"when.parameter.{name}: valore \"{value}\" non ammesso (ammessi: {string.Join(", ", definition.Values)})");
                ok = false;
            }
            else
            {
                result.Add(new ParameterCondition(name, value));
            }
        }

        return ok ? result : null;
    }

    private List<ConsultationType>? ReadConsultations(YamlNode node, string what)
    {
        var result = new List<ConsultationType>();
        var ok = true;
        foreach (var item in yaml.Sequence(node, what))
        {
            var id = yaml.Text(item, what);
            if (id is not null && ConsultationTypes.TryParse(id, out var type))
            {
                result.Add(type);
            }
            else
            {
                yaml.Error(item, $"{what}: consultazione sconosciuta \"{id}\"");
                ok = false;
            }
        }

        return ok ? result : null;
    }

    private Validity ReadValidity(YamlNode node)
    {
        var map = yaml.AsMap(node, "valid", "from", "to");
        if (map is null)
        {
            return Validity.Always;
        }

        var from = map["from"] is { } fromNode ? yaml.Date(fromNode, "valid.from") : null;
        var to = map["to"] is { } toNode ? yaml.Date(toNode, "valid.to") : null;
        if (from is { } f && to is { } t && t < f)
        {
            yaml.Error(map.Node, "valid: la data \"to\" precede \"from\"");
        }

        return new Validity(from, to);
    }

    private List<int> ReadReminders(YamlNode node)
    {
        var reminders = new List<int>();
        foreach (var item in yaml.Sequence(node, "reminders"))
        {
            if (yaml.Integer(item, "reminders") is { } days)
            {
                if (days < 0)
                {
                    yaml.Error(item, "reminders: i giorni di preavviso non possono essere negativi");
                }
                else
                {
                    reminders.Add(days);
                }
            }
        }

        return reminders;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$")]
    internal static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    internal static partial Regex ProvincePattern();
}
