namespace Scadenzario.Elezioni.Consiglio;

/// <summary>
/// The minimum signatures, as a share of the electors rounded up to the unit (L. 56/2014 commi 28 and 61;
/// seed 003 art. 6.2: "con arrotondamento all'unità superiore").
/// </summary>
public static class Sottoscrizioni
{
    /// <summary>5% of the electors, for a list of candidates to the council.</summary>
    public static int MinimoPerLista(int elettori) => PercentualePerEccesso(elettori, 5);

    /// <summary>15% of the electors, for a candidacy to presidente della provincia.</summary>
    public static int MinimoPerPresidente(int elettori) => PercentualePerEccesso(elettori, 15);

    private static int PercentualePerEccesso(int elettori, int percento) => elettori >= 0
        ? (int)((elettori * (long)percento + 99) / 100)
        : throw new DatiElettoraliNonValidiException($"Numero di elettori negativo ({elettori}).");
}
