using Scadenzario.Elezioni.Ponderazione;

namespace Scadenzario.Elezioni.Tests.Ponderazione;

/// <summary>Small territories whose figures are worked out by hand in the tests that use them.</summary>
internal static class Territori
{
    public static IEnumerable<ComuneElettorale> Molti(string prefisso, int quanti, int popolazione, int elettori) =>
        Enumerable.Range(1, quanti).Select(i => new ComuneElettorale($"{prefisso}{i}", popolazione, elettori));

    /// <summary>
    /// 1,000,000 inhabitants: one city of 600,000 (H, 41 electors), 10 comuni of 2,000 (A, 110), 5 of 20,000
    /// (D, 85), 4 of 70,000 (E, 100). The city is above 45%, and E then goes above 35%.
    /// </summary>
    public static List<ComuneElettorale> ConCittaOltre45() =>
    [
        new("Città", 600_000, 41),
        .. Molti("A", 10, 2_000, 11),
        .. Molti("D", 5, 20_000, 17),
        .. Molti("E", 4, 70_000, 25),
    ];
}
