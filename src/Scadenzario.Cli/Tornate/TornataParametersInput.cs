namespace Scadenzario.Cli.Tornate;

/// <summary>The <c>--parametro NOME=VALORE</c> options of a tornata; the engine checks names and values.</summary>
internal static class TornataParametersInput
{
    /// <param name="allowEmpty">Whether <c>NOME=</c> (back to the law's default) is accepted.</param>
    public static IReadOnlyDictionary<string, string> Parse(string[]? options, bool allowEmpty)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options ?? [])
        {
            var separator = option.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = separator > 0 ? (option[..separator].Trim(), option[(separator + 1)..].Trim()) : ("", "");
            if (name.Length == 0 || (value.Length == 0 && !allowEmpty))
            {
                throw new FormatException($"--parametro: \"{option}\" non valido: scrivere NOME=VALORE, es. --parametro chiusura-votazione=22:00.");
            }

            if (!result.TryAdd(name, value))
            {
                throw new FormatException($"--parametro: {name} indicato due volte.");
            }
        }

        return result;
    }
}
