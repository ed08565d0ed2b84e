using System.Text.RegularExpressions;

namespace Scadenzario.Cli.Infrastructure;

/// <summary>
/// System.CommandLine 2.0.15 ships Italian resources, but some of their strings are still the
/// English ones ("Option '--population' is required."). Its messages cannot be replaced before
/// they are built, so the parser's errors are translated here, pattern by pattern, from the
/// library's own format strings; an Italian or unknown message passes unchanged.
/// </summary>
internal static partial class ItalianParserMessages
{
    private static readonly (Regex English, string Italian)[] Translations =
    [
        (Pattern("Option '{0}' is required."), "L'opzione $1 è obbligatoria: indicarla con il suo valore (vedere --help)."),
        (Pattern("Option '{0}' expects a single argument but {1} were provided."), "L'opzione $1 accetta un solo valore, ne sono stati indicati $2."),
        (Pattern("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}"), "Il valore \"$1\" non è valido per l'opzione $2. Forse si intendeva:$4"),
        (Pattern("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'."), "Il valore \"$1\" non è valido per l'opzione $2."),
        (Pattern("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}"), "Il valore \"$1\" non è valido per il comando $2. Forse si intendeva:$4"),
        (Pattern("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'."), "Il valore \"$1\" non è valido per il comando $2."),
        (Pattern("Cannot parse argument '{0}' as expected type '{1}'."), "Il valore \"$1\" non è valido."),
        (Pattern("'{0}' was not matched. Did you mean one of the following?"), "\"$1\" non è riconosciuto. Forse si intendeva uno dei seguenti?"),
        (Pattern("{0} option cannot be combined with other arguments."), "L'opzione $1 non si può usare insieme ad altri argomenti."),
        (Pattern("Character not allowed in a file name: '{0}'."), "Carattere non ammesso in un nome di file: \"$1\"."),
    ];

    public static string Translate(string message)
    {
        foreach (var (english, italian) in Translations)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                return english.Replace(message, italian);
            }
        }

        return message;
    }

    /// <summary>A library format string as a regex: each <c>{N}</c> becomes group N+1.</summary>
    private static Regex Pattern(string format) =>
        new("^" + Placeholder().Replace(Regex.Escape(format), "(.*?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\\\{\d}")]
    private static partial Regex Placeholder();
}
