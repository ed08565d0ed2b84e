using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Scadenzario.Calendars.Loading;

namespace Scadenzario.Data.Enti;

/// <summary>One comune as the ISTAT-style list describes it (see shared/data/README.md).</summary>
public sealed record ComuneRow(
    string IstatCode,
    string Name,
    string ProvinceCode,
    string ProvinceName,
    string ProvinceKind,
    string RegionCode,
    string RegionName,
    bool SpecialStatute,
    int Population,
    bool Capoluogo,
    string? Prefettura,
    string? PrefetturaSeat,
    string? MergedInto,
    string? EmailUfficioElettorale,
    string? EmailSegretario,
    string? EmailPrefettura);

/// <summary>The file could not be read; every broken row is listed with its line.</summary>
public sealed class ComuniCsvException(IReadOnlyList<string> problems)
    : Exception("File dei comuni non valido:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads the comuni CSV (UTF-8, comma-separated, header row, codes as zero-padded text). Required
/// columns: istat_code, name, province_code, province_name, uts_type, region_istat_code, region,
/// special_statute, population, capoluogo; optional: prefettura, prefettura_seat, merged_into,
/// email_ufficio_elettorale, email_segretario, email_prefettura. Any broken row refuses the file.
/// </summary>
public static partial class ComuniCsv
{
    private static readonly string[] Required =
        ["istat_code", "name", "province_code", "province_name", "uts_type", "region_istat_code", "region", "special_statute", "population", "capoluogo"];

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["Provincia"] = Model.EnteKinds.Provincia,
        ["Città metropolitana"] = Model.EnteKinds.CittaMetropolitana,
        ["Provincia autonoma"] = Model.EnteKinds.ProvinciaAutonoma,
        ["Libero consorzio di comuni"] = Model.EnteKinds.LiberoConsorzio,
        ["Unità non amministrativa (ex provincia FVG)"] = Model.EnteKinds.UnitaNonAmministrativa,
    };

    public static IReadOnlyList<ComuneRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ComuniCsvException([$"file non trovato: {path}"]);
        }

        // Not a StreamReader: it would turn a Latin-1 "Bianzè" into "Bianz\uFFFD" and import it.
        var name = Path.GetFileName(path);
        if (StrictUtf8.TryDecode(File.ReadAllBytes(path), out var text) is { } problem)
        {
            throw new ComuniCsvException([$"{name}, riga {problem.Line}: {problem.Message}"]);
        }

        using var reader = new StringReader(text);
        return Read(reader, name);
    }

    public static IReadOnlyList<ComuneRow> Read(TextReader text, string name)
    {
        var problems = new List<string>();
        var rows = new List<ComuneRow>();
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = true,
            BadDataFound = null,
        });

        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new ComuniCsvException([$"{name}: file vuoto"]);
            }
        }
        catch (CsvHelperException e)
        {
            throw new ComuniCsvException([$"{name}: intestazione illeggibile ({Unreadable(e, 0)})"]);
        }

        var header = csv.HeaderRecord ?? [];
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ComuniCsvException([$"{name}: mancano le colonne {string.Join(", ", missing)}"]);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException e)
            {
                problems.Add($"{name}, riga {csv.Parser.RawRow}: riga non leggibile ({Unreadable(e, csv.HeaderRecord?.Length ?? 0)})");
                break;
            }

            if (!more)
            {
                break;
            }

            var line = csv.Parser.RawRow;
            var row = ReadRow(csv, header, line, name, problems);
            if (row is null)
            {
                continue;
            }

            if (seen.TryGetValue(row.IstatCode, out var first))
            {
                problems.Add($"{name}, riga {line}: codice ISTAT {row.IstatCode} già presente alla riga {first}");
                continue;
            }

            seen[row.IstatCode] = line;
            rows.Add(row);
        }

        foreach (var row in rows.Where(r => r.MergedInto is not null && !seen.ContainsKey(r.MergedInto!)))
        {
            problems.Add($"{name}, riga {seen[row.IstatCode]}: merged_into {row.MergedInto} non è un comune del file");
        }

        if (problems.Count > 0)
        {
            throw new ComuniCsvException(problems);
        }

        return rows;
    }

    private static ComuneRow? ReadRow(CsvReader csv, string[] header, int line, string name, List<string> problems)
    {
        var before = problems.Count;
        string Cell(string column) => header.Contains(column) ? (csv.GetField(column) ?? "").Trim() : "";
        string? Optional(string column) => Cell(column) is { Length: > 0 } value ? value : null;
        void Problem(string what) => problems.Add($"{name}, riga {line}: {what}");

        // PostgreSQL cannot store a NUL, and no name or code holds a control character.
        if (csv.Parser.Record?.Any(field => field.Any(char.IsControl)) == true)
        {
            Problem("la riga contiene caratteri di controllo (per esempio un carattere nullo o una tabulazione): un file dei comuni contiene solo testo");
            return null;
        }

        var code = Cell("istat_code");
        if (!SixDigits().IsMatch(code))
        {
            Problem($"codice ISTAT \"{code}\" non valido (6 cifre)");
        }

        var comune = Cell("name");
        if (comune.Length == 0)
        {
            Problem("nome del comune mancante");
        }

        var province = Cell("province_code");
        if (!Sigla().IsMatch(province))
        {
            Problem($"sigla della provincia \"{province}\" non valida");
        }

        if (!Kinds.TryGetValue(Cell("uts_type"), out var kind))
        {
            Problem($"tipo di ente sovracomunale \"{Cell("uts_type")}\" sconosciuto");
        }

        var regionCode = Cell("region_istat_code");
        if (!TwoDigits().IsMatch(regionCode))
        {
            Problem($"codice della regione \"{regionCode}\" non valido");
        }

        var special = ParseBool(Cell("special_statute"));
        var capoluogo = ParseBool(Cell("capoluogo"));
        if (special is null || capoluogo is null)
        {
            Problem("special_statute e capoluogo devono valere true o false");
        }

        if (!int.TryParse(Cell("population"), NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            Problem($"popolazione \"{Cell("population")}\" non valida (numero intero non negativo)");
        }

        var merged = Optional("merged_into");
        if (merged is not null && !SixDigits().IsMatch(merged))
        {
            Problem($"merged_into \"{merged}\" non valido (codice ISTAT di 6 cifre)");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new ComuneRow(
            code, comune, province, Cell("province_name"), kind!, regionCode, Cell("region"), special!.Value, population, capoluogo!.Value,
            Optional("prefettura"), Optional("prefettura_seat"), merged,
            Optional("email_ufficio_elettorale"), Optional("email_segretario"), Optional("email_prefettura"));
    }

    // CsvHelper's messages are English and several lines long: the user gets the cause in Italian.
    private static string Unreadable(CsvHelperException e, int columns) =>
        e.Message.Contains("inconsistent number of columns", StringComparison.OrdinalIgnoreCase) && columns > 0
            ? $"il numero di colonne è diverso dalle {columns} dell'intestazione: controllare le virgole e le virgolette"
            : "virgolette non chiuse o campo malformato: un valore che contiene virgole o virgolette va scritto tra virgolette doppie, con le virgolette interne raddoppiate";

    private static bool? ParseBool(string text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Sigla();
}
