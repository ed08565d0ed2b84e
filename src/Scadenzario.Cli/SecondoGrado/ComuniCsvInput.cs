using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Scadenzario.Elezioni.Ponderazione;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>
/// Reads the territory for <c>secondo-grado indice</c>: header <c>comune,population,electors[,commissariato]</c>,
/// one comune a row, <c>commissariato</c> true/false (false when absent or empty).
/// </summary>
internal static class ComuniCsvInput
{
    private static readonly string[] Required = ["comune", "population", "electors"];

    public static List<ComuneElettorale> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"--comuni: il file \"{path}\" non esiste.");
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new FormatException($"--comuni: il file \"{path}\" è vuoto.");
        }

        var header = csv.HeaderRecord ?? [];
        var missing = Required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"--comuni: mancano le colonne {string.Join(", ", missing)} (intestazione attesa: comune,population,electors,commissariato).");
        }

        var hasCommissariato = header.Contains("commissariato", StringComparer.Ordinal);
        var comuni = new List<ComuneElettorale>();
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            var nome = csv.GetField("comune") ?? "";
            if (nome.Length == 0)
            {
                throw new FormatException($"--comuni, riga {line}: manca il nome del comune.");
            }

            comuni.Add(new ComuneElettorale(
                nome,
                Integer(csv.GetField("population"), line, "population"),
                Integer(csv.GetField("electors"), line, "electors"),
                hasCommissariato && Boolean(csv.GetField("commissariato"), line)));
        }

        return comuni.Count > 0 ? comuni : throw new FormatException($"--comuni: il file \"{path}\" non contiene comuni.");
    }

    private static int Integer(string? text, int line, string column) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"--comuni, riga {line}: \"{text}\" non è un numero intero valido per {column}.");

    private static bool Boolean(string? text, int line) => text switch
    {
        null or "" or "false" => false,
        "true" => true,
        _ => throw new FormatException($"--comuni, riga {line}: commissariato deve essere true o false, non \"{text}\"."),
    };
}
