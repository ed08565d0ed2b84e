namespace Scadenzario.Elezioni;

/// <summary>Truncation as Allegato A and the circulars use it: figures are cut, never rounded.</summary>
internal static class Decimali
{
    public static decimal TroncaAlTerzoDecimale(decimal value) => decimal.Truncate(value * 1000m) / 1000m;

    public static decimal Percentuale(long part, long whole) => TroncaAlTerzoDecimale(part * 100m / whole);
}
