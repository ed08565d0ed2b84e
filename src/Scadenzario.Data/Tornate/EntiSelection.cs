namespace Scadenzario.Data.Tornate;

/// <summary>
/// Which enti a consultation is added for: <c>all</c>, <c>region:NAME</c>, <c>province:SIGLA</c> or
/// <c>file:PATH</c> (one ISTAT code per line, <c>#</c> comments allowed), and, for the regionali,
/// the region that votes (<see cref="Regione"/>): only its comuni may be selected.
/// </summary>
public sealed record EntiSelection(string Kind, string? Value, IReadOnlyList<string> Codes)
{
    /// <summary>The region holding the consultation (regionali): its ISTAT name, Italian part or code; null for the others.</summary>
    public string? Regione { get; init; }

    public static EntiSelection Parse(string text)
    {
        if (text == "all")
        {
            return new EntiSelection("all", null, []);
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = separator > 0 ? (text[..separator], text[(separator + 1)..].Trim()) : (text, "");
        switch (kind)
        {
            case "region" when value.Length > 0:
                return new EntiSelection(kind, value, []);
            case "province" when value.Length > 0:
                return new EntiSelection(kind, value.ToUpperInvariant(), []);
            case "file" when value.Length > 0:
                if (!File.Exists(value))
                {
                    throw new InvalidInputException($"File degli enti non trovato: {value}");
                }

                return FromLines(value, File.ReadLines(value));
            default:
                throw new InvalidInputException($"Selezione di enti \"{text}\" non valida: usare all, region:NOME, province:SIGLA o file:PERCORSO.");
        }
    }

    /// <summary>
    /// The enti of a file in the CLI's format, whatever channel read it (a path, an upload): one ISTAT
    /// code per line, <c>#</c> starts a comment, blank lines and repeated codes are ignored.
    /// </summary>
    /// <param name="name">The file's name as the user knows it, for the message.</param>
    public static EntiSelection FromLines(string name, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var codes = lines
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .Distinct()
            .ToList();
        return codes.Count > 0 ? new EntiSelection("file", name, codes) : throw new InvalidInputException($"Il file {name} non contiene codici di enti.");
    }
}
