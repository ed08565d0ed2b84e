using Scadenzario.Calendars.Regions;
using Scadenzario.Data.Enti;

namespace Scadenzario.Cli.Calendar;

/// <summary>The comuni of the data shipped with the program, by ISTAT code, and the region of each province.</summary>
internal sealed class ComuniData
{
    private readonly Dictionary<string, ComuneRow> byCode;
    private readonly Dictionary<string, ItalianRegion> regionOfProvince;

    public ComuniData(IEnumerable<ComuneRow> rows)
    {
        byCode = new Dictionary<string, ComuneRow>(StringComparer.Ordinal);
        regionOfProvince = new Dictionary<string, ItalianRegion>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byCode[row.IstatCode] = row;
            if (ItalianRegions.Find(row.RegionCode) is { } region)
            {
                regionOfProvince.TryAdd(row.ProvinceCode, region);
            }
        }
    }

    /// <summary>Reads <paramref name="path"/>; a missing or broken file is bad input, told in Italian.</summary>
    public static ComuniData Read(string path)
    {
        try
        {
            return new ComuniData(ComuniCsv.Read(path));
        }
        catch (ComuniCsvException e)
        {
            throw new FormatException(
                $"{e.Message}{Environment.NewLine}Indicare il file dei comuni con --comuni-data PERCORSO o la variabile {ComuniDataLocation.EnvironmentVariable}.");
        }
    }

    public ComuneRow? Find(string istatCode) => byCode.GetValueOrDefault(istatCode);

    public ItalianRegion? RegionOfProvince(string sigla) => regionOfProvince.GetValueOrDefault(sigla);
}
