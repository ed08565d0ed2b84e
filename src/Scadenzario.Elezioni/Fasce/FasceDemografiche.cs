using System.Globalization;

namespace Scadenzario.Elezioni.Fasce;

/// <summary>A fascia's bounds, both included; <see cref="Massimo"/> is null for the open top band.</summary>
public sealed record LimitiFascia(Fascia Fascia, int Minimo, int? Massimo)
{
    public bool Contiene(int population) => population >= Minimo && (Massimo is null || population <= Massimo);

    /// <summary>"fino a 3.000 abitanti", "da 3.001 a 5.000 abitanti", "oltre 1.000.000 di abitanti".</summary>
    public string Descrizione
    {
        get
        {
            var it = CultureInfo.GetCultureInfo("it-IT");
            return (Minimo, Massimo) switch
            {
                (1, { } max) => string.Format(it, "fino a {0:N0} abitanti", max),
                (_, { } max) => string.Format(it, "da {0:N0} a {1:N0} abitanti", Minimo, max),
                _ => string.Format(it, "oltre {0:N0} abitanti", Minimo - 1),
            };
        }
    }
}

/// <summary>L. 56/2014 art. 1 comma 33: which band a comune's legal population puts it in.</summary>
public static class FasceDemografiche
{
    public static IReadOnlyList<LimitiFascia> Tutte { get; } =
    [
        new(Fascia.A, 1, 3_000),
        new(Fascia.B, 3_001, 5_000),
        new(Fascia.C, 5_001, 10_000),
        new(Fascia.D, 10_001, 30_000),
        new(Fascia.E, 30_001, 100_000),
        new(Fascia.F, 100_001, 250_000),
        new(Fascia.G, 250_001, 500_000),
        new(Fascia.H, 500_001, 1_000_000),
        new(Fascia.I, 1_000_001, null),
    ];

    public static LimitiFascia Limiti(Fascia fascia) => Tutte[(int)fascia];

    /// <summary>The band of a comune; a population below one inhabitant belongs to none and is refused.</summary>
    public static Fascia Di(int population, string comune) =>
        Tutte.FirstOrDefault(l => l.Contiene(population))?.Fascia
        ?? throw new DatiElettoraliNonValidiException(
            $"Il comune \"{comune}\" ha popolazione {population}: non appartiene ad alcuna fascia demografica (comma 33 L. 56/2014).");
}
