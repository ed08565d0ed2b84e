using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Elezioni.Ponderazione;

/// <summary>Which cap of Allegato A moved a fascia's percentage.</summary>
public enum LimiteApplicato
{
    Nessuno,

    /// <summary>Lettera c: the fascia holds the comune above 45% and gave up its excess.</summary>
    Comune45,

    /// <summary>Lettera d: the fascia was above 35% and was cut to it.</summary>
    Fascia35,
}

/// <summary>
/// One fascia of the territory with every figure an observer checks: the percentage of lettera b, after the
/// 45% cap of lettera c, after the 35% caps of lettera d (all truncated at the third decimal), and the index.
/// </summary>
public sealed record IndiceFascia(
    Fascia Fascia,
    int Comuni,
    long Popolazione,
    int Elettori,
    decimal Percentuale,
    decimal PercentualeDopoLimiteComune,
    decimal PercentualeRettificata,
    int Indice,
    LimiteApplicato Limite);

/// <summary>The weighting of a territory: one entry per fascia present, in band order.</summary>
public sealed record Ponderazione(
    IReadOnlyList<IndiceFascia> Fasce,
    long PopolazioneTotale,
    int ElettoriTotali,
    string? ComuneOltre45,
    IReadOnlyList<string> ComuniCommissariati)
{
    public IndiceFascia? Di(Fascia fascia) => Fasce.FirstOrDefault(f => f.Fascia == fascia);

    /// <summary>The index of a fascia, refused when the territory has no elector in it.</summary>
    public int IndiceDi(Fascia fascia) =>
        Di(fascia)?.Indice
        ?? throw new DatiElettoraliNonValidiException($"Nella fascia {fascia} non ci sono elettori: non ha indice di ponderazione.");
}
