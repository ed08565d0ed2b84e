using System.Globalization;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Scadenzario.Calendars.Loading;

/// <summary>
/// Reads YAML nodes of one file, reporting every problem with its line to the error list instead
/// of throwing, so that a file's errors are all reported at once.
/// </summary>
internal sealed class YamlNodes(string file, List<CalendarError> errors)
{
    public string File { get; } = file;

    /// <summary>The rule being read, named in errors.</summary>
    public string? RuleId { get; set; }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode node, string message) => errors.Add(new CalendarError(File, LineOf(node), RuleId, message));

    public void Error(int line, string message) => errors.Add(new CalendarError(File, line, RuleId, message));

    /// <summary>The node as a mapping whose keys are all among <paramref name="allowed"/>; null (with an error) otherwise.</summary>
    public Map? AsMap(YamlNode node, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{what}: attesa una mappa chiave: valore");
            return null;
        }

        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (allowed.Length > 0 && !allowed.Contains(key))
            {
                Error(keyNode, $"{what}: chiave sconosciuta \"{key}\" (ammesse: {string.Join(", ", allowed)})");
                continue;
            }

            if (!entries.TryAdd(key, value))
            {
                Error(keyNode, $"{what}: chiave \"{key}\" ripetuta");
            }
        }

        return new Map(this, mapping, entries);
    }

    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }

        Error(node, $"{what}: atteso un testo non vuoto");
        return null;
    }

    public int? Integer(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value }
            && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"{what}: atteso un numero intero");
        return null;
    }

    public bool? Boolean(YamlNode node, string what)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(node, $"{what}: atteso true o false");
                return null;
        }
    }

    public LocalDate? Date(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && LocalDatePattern.Iso.Parse(value) is { Success: true } result)
        {
            return result.Value;
        }

        Error(node, $"{what}: attesa una data AAAA-MM-GG");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        Error(node, $"{what}: attesa una lista");
        return [];
    }

    /// <summary>A mapping read through <see cref="AsMap"/>.</summary>
    internal sealed class Map(YamlNodes reader, YamlMappingNode node, Dictionary<string, YamlNode> entries)
    {
        public YamlMappingNode Node { get; } = node;

        public int Line => LineOf(Node);

        public bool Has(string key) => entries.ContainsKey(key);

        public YamlNode? this[string key] => entries.GetValueOrDefault(key);

        public string? RequiredText(string key, string what)
        {
            if (entries.TryGetValue(key, out var value))
            {
                return reader.Text(value, what);
            }

            reader.Error(Node, $"manca \"{key}\" ({what})");
            return null;
        }

        public string? OptionalText(string key, string what) =>
            entries.TryGetValue(key, out var value) ? reader.Text(value, what) : null;
    }
}
