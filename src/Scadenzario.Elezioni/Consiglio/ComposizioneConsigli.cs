namespace Scadenzario.Elezioni.Consiglio;

/// <summary>How many councillors each body has, from the legal population.</summary>
public static class ComposizioneConsigli
{
    /// <summary>L. 56/2014 art. 1 comma 20: 24 above 3 million inhabitants, 18 above 800,000, otherwise 14.</summary>
    public static int ConsiglieriMetropolitani(long popolazione) => Positiva(popolazione) switch
    {
        > 3_000_000 => 24,
        > 800_000 => 18,
        _ => 14,
    };

    /// <summary>L. 56/2014 art. 1 comma 67: 16 above 700,000 inhabitants, 12 above 300,000, otherwise 10.</summary>
    public static int ConsiglieriProvinciali(long popolazione) => Positiva(popolazione) switch
    {
        > 700_000 => 16,
        > 300_000 => 12,
        _ => 10,
    };

    /// <summary>
    /// Consiglieri comunali excluding the sindaco, ordinary-statute regions: TUEL art. 37 c.1 as cut by
    /// L. 191/2009 art. 2 c.184 and, up to 10,000 inhabitants, L. 56/2014 art. 1 c.135. A capoluogo di
    /// provincia of 100,000 inhabitants or fewer takes the 100,001–250,000 size.
    /// </summary>
    public static int ConsiglieriComunali(int popolazione, bool capoluogo = false) => Positiva(popolazione) switch
    {
        <= 3_000 when !capoluogo => 10,
        <= 10_000 when !capoluogo => 12,
        <= 30_000 when !capoluogo => 16,
        <= 100_000 when !capoluogo => 24,
        <= 250_000 => 32,
        <= 500_000 => 36,
        <= 1_000_000 => 40,
        _ => 48,
    };

    /// <summary>The electors a comune sends before its attestation arrives: the sindaco and a full council.</summary>
    public static int ElettoriStimati(int popolazione, bool capoluogo = false) => ConsiglieriComunali(popolazione, capoluogo) + 1;

    private static long Positiva(long popolazione) => popolazione > 0
        ? popolazione
        : throw new DatiElettoraliNonValidiException($"Popolazione non valida ({popolazione}): deve essere di almeno un abitante.");
}
