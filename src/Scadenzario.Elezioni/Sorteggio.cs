namespace Scadenzario.Elezioni;

/// <summary>
/// A draw of lots where the law leaves a tie to it: returns the winner among <paramref name="pari"/>.
/// The calculators never draw lots themselves; the office does and tells them the outcome.
/// </summary>
public delegate string Sorteggio(IReadOnlyList<string> pari, string motivo);

public static class Sorteggi
{
    /// <summary>No draw was held: a tie that needs one stops the count with the names to draw between.</summary>
    public static Sorteggio NonEffettuato { get; } = (pari, motivo) =>
        throw new SorteggioNecessarioException($"Parità che la legge rimette al sorteggio ({motivo}) tra: {string.Join(", ", pari)}. Effettuare il sorteggio e indicarne l'esito.", pari);

    /// <summary>A draw already held, given as an order: the first of the tied names in it wins.</summary>
    public static Sorteggio SecondoOrdine(IReadOnlyList<string> ordine) => (pari, motivo) =>
        ordine.FirstOrDefault(pari.Contains) ?? NonEffettuato(pari, motivo);
}
