namespace Scadenzario.Calendars.Rules;

/// <summary>What sort of act a rule describes; the names are the law's.</summary>
public enum RuleKind
{
    /// <summary>A deadline: the act must be done by then.</summary>
    Scadenza,

    /// <summary>A term opens: from then on the act may or must be done.</summary>
    Inizio,

    /// <summary>A window with a start and an end (e.g. list presentation).</summary>
    Periodo,

    /// <summary>A prohibition in force from a start to an end (propaganda, sondaggi).</summary>
    Divieto,

    /// <summary>Something that happens (the vote, the count).</summary>
    Evento,
}

public static class RuleKinds
{
    private static readonly string[] Ids = ["scadenza", "inizio", "periodo", "divieto", "evento"];

    public static string Id(this RuleKind kind) => Ids[(int)kind];

    public static bool TryParse(string id, out RuleKind kind)
    {
        var index = Array.IndexOf(Ids, id);
        kind = (RuleKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The kind of an id read back from storage, where only the ids above are written.</summary>
    public static RuleKind Parse(string id) =>
        TryParse(id, out var kind) ? kind : throw new FormatException($"tipo \"{id}\" sconosciuto (ammessi: {string.Join(", ", Ids)})");

    /// <summary>Kinds that take a window (<c>start</c> and <c>end</c>) rather than one <c>due</c> point.</summary>
    public static bool TakesWindow(this RuleKind kind) => kind is RuleKind.Periodo or RuleKind.Divieto;
}
