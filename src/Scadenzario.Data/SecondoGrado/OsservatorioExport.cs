using System.Globalization;
using System.Text;
using System.Text.Json;
using Scadenzario.Data.Csv;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>The observatory as CSV (one row per province, then the national total) and as JSON.</summary>
public static class OsservatorioExport
{
    private static readonly string[] Colonne =
        ["ambito", "ente", "denominazione", "consultazione", "consiglieri_da_eleggere", "aventi_diritto", "seggi_elettorali", "liste", "candidati", "votanti", "affluenza", "eletti",
         "candidati_presidente", "presidente_eletto"];

    public static string Csv(Osservatorio osservatorio)
    {
        ArgumentNullException.ThrowIfNull(osservatorio);
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Colonne));
        foreach (var r in osservatorio.Province.Append(osservatorio.Nazionale))
        {
            csv.AppendLine(string.Join(',', new[]
            {
                r.Ambito, r.Ente, r.Denominazione, r.Consultazione, Num(r.ConsiglieriDaEleggere), Num(r.AventiDiritto), Num(r.SeggiElettorali), Num(r.Liste), Num(r.Candidati),
                r.Votanti is { } v ? Num(v) : "", r.Affluenza?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", string.Join("; ", r.Eletti),
                string.Join("; ", r.CandidatiPresidente), r.PresidenteEletto ?? "",
            }.Select(Campo)));
        }

        return csv.ToString();
    }

    public static string Json(Osservatorio osservatorio)
    {
        ArgumentNullException.ThrowIfNull(osservatorio);
        static object Riga(RigaOsservatorio r) => new
        {
            ambito = r.Ambito,
            ente = r.Ente,
            denominazione = r.Denominazione,
            consultazione = r.Consultazione,
            consiglieriDaEleggere = r.ConsiglieriDaEleggere,
            aventiDiritto = r.AventiDiritto,
            seggiElettorali = r.SeggiElettorali,
            liste = r.Liste,
            candidati = r.Candidati,
            votanti = r.Votanti,
            affluenza = r.Affluenza,
            eletti = r.Eletti,
            candidatiPresidente = r.CandidatiPresidente,
            presidenteEletto = r.PresidenteEletto,
        };
        return JsonSerializer.Serialize(
            new { province = osservatorio.Province.Select(Riga), nazionale = Riga(osservatorio.Nazionale) },
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + Environment.NewLine;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.</summary>
    private static string Campo(string value) => CsvCell.Text(value, ',');
}
