namespace Scadenzario.Calendars.Regions;

/// <summary>An Italian region as ISTAT codes and names it.</summary>
public sealed record ItalianRegion(string Code, string Name, bool SpecialStatute);

/// <summary>
/// The twenty regions (art. 131 Cost.), with the five of special statute (art. 116 Cost.). Names
/// are ISTAT's, as in <c>shared/data/comuni.csv</c>, so that <c>index.yaml</c> thresholds match.
/// </summary>
public static class ItalianRegions
{
    public static IReadOnlyList<ItalianRegion> All { get; } =
    [
        new("01", "Piemonte", false),
        new("02", "Valle d'Aosta/Vallée d'Aoste", true),
        new("03", "Lombardia", false),
        new("04", "Trentino-Alto Adige/Südtirol", true),
        new("05", "Veneto", false),
        new("06", "Friuli-Venezia Giulia", true),
        new("07", "Liguria", false),
        new("08", "Emilia-Romagna", false),
        new("09", "Toscana", false),
        new("10", "Umbria", false),
        new("11", "Marche", false),
        new("12", "Lazio", false),
        new("13", "Abruzzo", false),
        new("14", "Molise", false),
        new("15", "Campania", false),
        new("16", "Puglia", false),
        new("17", "Basilicata", false),
        new("18", "Calabria", false),
        new("19", "Sicilia", true),
        new("20", "Sardegna", true),
    ];

    private static readonly Dictionary<string, ItalianRegion> ByKey = BuildKeys();

    // The article each name takes ("la Liguria", "il Lazio", "le Marche", "l'Umbria"), by ISTAT code.
    private static readonly Dictionary<string, string> Articles = new(StringComparer.Ordinal)
    {
        ["01"] = "il", ["02"] = "la", ["03"] = "la", ["04"] = "il", ["05"] = "il", ["06"] = "il", ["07"] = "la", ["08"] = "l'",
        ["09"] = "la", ["10"] = "l'", ["11"] = "le", ["12"] = "il", ["13"] = "l'", ["14"] = "il", ["15"] = "la", ["16"] = "la",
        ["17"] = "la", ["18"] = "la", ["19"] = "la", ["20"] = "la",
    };

    /// <summary>The Italian part of the name, as offices write it: <c>Valle d'Aosta</c>, <c>Trentino-Alto Adige</c>.</summary>
    public static string ItalianName(this ItalianRegion region) => region.Name.Split('/')[0];

    /// <summary>"della Liguria", "del Piemonte", "dell'Emilia-Romagna", "delle Marche".</summary>
    public static string Of(this ItalianRegion region) => Articles[region.Code] switch
    {
        "il" => "del " + region.ItalianName(),
        "le" => "delle " + region.ItalianName(),
        "l'" => "dell'" + region.ItalianName(),
        _ => "della " + region.ItalianName(),
    };

    /// <summary>"in Liguria", "nel Lazio", "nelle Marche": where a comune is (Italian regions take "in" except those two).</summary>
    public static string In(this ItalianRegion region) => region.Code switch
    {
        "12" => "nel Lazio",
        "11" => "nelle Marche",
        _ => "in " + region.ItalianName(),
    };

    /// <summary>Finds a region by ISTAT code (<c>19</c>, <c>7</c>) or name (case-insensitive; the Italian part of bilingual names suffices).</summary>
    public static ItalianRegion? Find(string codeOrName) => ByKey.GetValueOrDefault(codeOrName.Trim());

    private static Dictionary<string, ItalianRegion> BuildKeys()
    {
        var keys = new Dictionary<string, ItalianRegion>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in All)
        {
            keys[region.Code] = region;
            keys[region.Code.TrimStart('0')] = region;
            keys[region.Name] = region;
            keys[region.Name.Split('/')[0]] = region;
        }

        return keys;
    }
}
