using System.Text;
using Microsoft.AspNetCore.Mvc;
using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The observatory of seed 000 as a page, a CSV or a JSON download, for one ente or the whole country.</summary>
public static class OsservatorioView
{
    /// <summary>
    /// One ente's offices with a total of their own: the national total would name the elected of every
    /// other province, which the ente's office and prefettura may not see.
    /// </summary>
    public static Osservatorio DiUnEnte(Osservatorio tutto, string ente)
    {
        var righe = tutto.Province.Where(r => r.Ente == ente).ToList();
        var votate = righe.Where(r => r.Votanti is not null).ToList();
        var elettori = votate.Sum(r => r.AventiDiritto);
        var totale = new RigaOsservatorio(
            "totale", ente, "Totale", string.Join("+", righe.Select(r => r.Consultazione).Distinct().Order()),
            righe.Sum(r => r.ConsiglieriDaEleggere), righe.Sum(r => r.AventiDiritto), righe.Sum(r => r.SeggiElettorali), righe.Sum(r => r.Liste), righe.Sum(r => r.Candidati),
            votate.Count == 0 ? null : votate.Sum(r => r.Votanti!.Value),
            votate.Count == 0 || elettori == 0 ? null : Math.Round(votate.Sum(r => r.Votanti!.Value) * 100m / elettori, 2, MidpointRounding.AwayFromZero),
            righe.SelectMany(r => r.Eletti).ToList());
        return new Osservatorio(righe, totale);
    }

    /// <summary>The download for <paramref name="formato"/> (csv or json), null for the page itself.</summary>
    public static IActionResult? Download(Osservatorio osservatorio, string? formato, string nome) => formato switch
    {
        // The BOM lets Excel open the accents right, as the prefettura's CSV does.
        "csv" => new FileContentResult(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(OsservatorioExport.Csv(osservatorio))).ToArray(), "text/csv")
        {
            FileDownloadName = $"{nome}.csv",
        },
        "json" => new FileContentResult(Encoding.UTF8.GetBytes(OsservatorioExport.Json(osservatorio)), "application/json") { FileDownloadName = $"{nome}.json" },
        null or "" => null,
        _ => new NotFoundResult(),
    };
}
