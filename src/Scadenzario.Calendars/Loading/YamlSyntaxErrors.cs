using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Scadenzario.Calendars.Loading;

/// <summary>
/// Parses a calendar file and says in Italian, with the line and the rule, why it is not YAML.
/// YamlDotNet's messages are English ("While scanning a plain scalar…") and some inputs (a
/// <c>{</c> or <c>[</c> never closed) make it throw a bare <see cref="InvalidOperationException"/>
/// with no position at all, which used to crash the CLI: the parser is wrapped so the innermost
/// flow collection still open is known when that happens.
/// </summary>
internal static partial class YamlSyntaxErrors
{
    /// <summary>The root mapping of the one document in <paramref name="text"/>; null, with an error added, otherwise.</summary>
    public static YamlMappingNode? Parse(string file, string text, List<CalendarError> errors)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add(new CalendarError(file, 1, null, "atteso un solo documento YAML con una mappa alla radice"));
        }
        catch (YamlException e)
        {
            var description = Describe(e, text);
            // An alias without its anchor is found at the end of the document, with no position.
            var mark = e.Start.Index == 0 && parser.UnknownAlias is { } alias ? alias : e.Start;
            var line = (description == Tab ? TabLine(text, mark) : null) ?? (int)mark.Line;
            var where = description == Tab ? "" : $" (colonna {mark.Column})";
            errors.Add(new CalendarError(file, line, RuleAt(text, line), $"YAML non valido: {description}{where}"));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            var (open, at) = parser.OpenFlow ?? ('{', parser.Last);
            var line = (int)at.Line;
            var what = open == '{'
                ? "una mappa aperta con «{» non è mai chiusa: manca «}» (o una virgola tra i campi)"
                : "un elenco aperto con «[» non è mai chiuso: manca «]» (o una virgola tra gli elementi)";
            errors.Add(new CalendarError(file, line, RuleAt(text, line), $"YAML non valido: {what} (colonna {at.Column})"));
        }

        return null;
    }

    private const string Tab = "tabulazione nel rientro: in YAML si rientra solo con spazi";

    /// <summary>The parser's complaint in Italian, from its message and the character it stopped at.</summary>
    private static string Describe(YamlException e, string text)
    {
        var message = e.Message;
        if (CharAt(text, e.Start) == '\t' || message.Contains("tab character", StringComparison.Ordinal))
        {
            return Tab;
        }

        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            return $"il campo «{duplicate.Groups[1].Value}» è ripetuto nella stessa mappa";
        }

        return message switch
        {
            _ when message.Contains("expected ',' or '}'", StringComparison.Ordinal) => "in una mappa tra «{ }» manca una virgola o la «}» di chiusura",
            _ when message.Contains("expected ',' or ']'", StringComparison.Ordinal) => "in un elenco tra «[ ]» manca una virgola o la «]» di chiusura",
            _ when message.Contains("unknown escape", StringComparison.Ordinal) => "sequenza con «\\» non valida in un testo tra virgolette doppie",
            _ when message.Contains("quoted scalar", StringComparison.Ordinal) => "virgolette aperte e mai chiuse (o un testo tra virgolette che va a capo senza rientro)",
            _ when message.Contains("invalid mapping", StringComparison.Ordinal) => "«:» non ammesso qui: un testo che contiene «: » va scritto tra virgolette",
            _ when message.Contains("Mapping values are not allowed", StringComparison.Ordinal) => "«:» non ammesso qui: un testo che contiene «: » va scritto tra virgolette",
            _ when message.Contains("did not find expected key", StringComparison.Ordinal) => "rientro non allineato: atteso un campo (nome: valore) allo stesso rientro dei precedenti",
            _ when message.Contains("expected '-' indicator", StringComparison.Ordinal) => "rientro non allineato in un elenco: atteso un elemento «- »",
            _ when message.Contains("could not find expected ':'", StringComparison.Ordinal) => "manca «:» dopo il nome del campo",
            _ when message.Contains("document start", StringComparison.Ordinal) || message.Contains("document end", StringComparison.Ordinal) => "testo oltre la fine del documento: controllare il rientro",
            _ when message.Contains("alias", StringComparison.OrdinalIgnoreCase) || message.Contains("anchor", StringComparison.OrdinalIgnoreCase) => "ancora (&nome) o alias (*nome) non valido o senza corrispondenza",
            _ when message.Contains("tag", StringComparison.OrdinalIgnoreCase) => "etichetta «!» non ammessa nei calendari",
            _ when message.Contains("block scalar", StringComparison.Ordinal) => "testo su più righe («|» o «>») con rientro non valido",
            _ when message.Contains("cannot start any token", StringComparison.Ordinal) => $"carattere «{CharAt(text, e.Start)}» non ammesso all'inizio di un valore: scrivere il valore tra virgolette",
            _ => "sintassi non valida",
        };
    }

    // The scanner reports a tab from where the value it was reading began, lines before the tab.
    private static int? TabLine(string text, Mark mark)
    {
        var tab = text.IndexOf('\t', (int)Math.Clamp(mark.Index, 0, text.Length));
        return tab < 0 ? null : text.AsSpan(0, tab).Count('\n') + 1;
    }

    private static char? CharAt(string text, Mark mark)
    {
        var index = (int)mark.Index;
        return index >= 0 && index < text.Length ? text[index] : null;
    }

    /// <summary>The rule whose <c>- id:</c> is the last one at or before <paramref name="line"/>, if any.</summary>
    private static string? RuleAt(string text, int line)
    {
        string? rule = null;
        var number = 0;
        foreach (var row in text.Split('\n'))
        {
            if (++number > line)
            {
                break;
            }

            if (RuleId().Match(row) is { Success: true } id)
            {
                rule = id.Groups[1].Value;
            }
        }

        return rule;
    }

    [GeneratedRegex(@"Duplicate key (\S+)")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"^\s*-\s+id:\s*([^\s#]+)")]
    private static partial Regex RuleId();

    /// <summary>Remembers where the events were, and which flow collections are still open.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private readonly Stack<(char Open, Mark At, bool Flow)> open = new();

        public ParsingEvent? Current => inner.Current;

        private readonly HashSet<string> anchors = [];

        public Mark Last { get; private set; } = Mark.Empty;

        /// <summary>The first alias met before any anchor of its name.</summary>
        public Mark? UnknownAlias { get; private set; }

        /// <summary>The innermost <c>{</c> or <c>[</c> not closed yet.</summary>
        public (char Open, Mark At)? OpenFlow => open.FirstOrDefault(c => c.Flow) is { Flow: true } c ? (c.Open, c.At) : null;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                anchors.Add(anchored.Anchor.Value);
            }

            if (inner.Current is AnchorAlias reference && UnknownAlias is null && !anchors.Contains(reference.Value.Value))
            {
                UnknownAlias = reference.Start;
            }

            switch (inner.Current)
            {
                case MappingStart start:
                    open.Push(('{', start.Start, start.Style == MappingStyle.Flow));
                    break;
                case SequenceStart start:
                    open.Push(('[', start.Start, start.Style == SequenceStyle.Flow));
                    break;
                case MappingEnd or SequenceEnd when open.Count > 0:
                    open.Pop();
                    break;
            }

            if (inner.Current is { } current)
            {
                Last = current.Start;
            }

            return moved;
        }
    }
}
