namespace Scadenzario.Elezioni.Scrutinio;

/// <summary>A list taking part in the allocation: its weighted total and how many candidates it can seat.</summary>
public sealed record ListaInRiparto(string Lista, long Cifra, int Candidati);

/// <summary>One seat as d'Hondt gave it: the list, the divisor and the quotient, and how a tie was settled.</summary>
public sealed record SeggioAssegnato(int Numero, string Lista, int Divisore, decimal Quoziente, string? Parita);

public sealed record RipartoSeggi(IReadOnlyDictionary<string, int> Seggi, IReadOnlyList<SeggioAssegnato> Assegnazioni, int SeggiNonAssegnati);

/// <summary>
/// L. 56/2014 art. 1 comma 36: each weighted total is divided by 1, 2, 3, … and the seats go to the highest
/// quotients. Quotients are compared exactly ("nelle cifre intere e decimali"); an equal quotient goes to
/// the list with the smaller weighted total, then by lot. A list with more seats than candidates passes the
/// excess to the other lists in the order of the quotients.
/// </summary>
public static class MetodoDHondt
{
    public static RipartoSeggi Assegna(int seggi, IReadOnlyList<ListaInRiparto> liste, Sorteggio? sorteggio = null)
    {
        ArgumentNullException.ThrowIfNull(liste);
        sorteggio ??= Sorteggi.NonEffettuato;
        if (seggi <= 0)
        {
            throw new DatiElettoraliNonValidiException($"Numero di seggi non valido ({seggi}).");
        }

        if (liste.Any(l => l.Cifra < 0))
        {
            throw new DatiElettoraliNonValidiException("Una cifra elettorale ponderata non può essere negativa.");
        }

        var ottenuti = liste.ToDictionary(l => l.Lista, _ => 0);
        var assegnazioni = new List<SeggioAssegnato>();
        for (var numero = 1; numero <= seggi; numero++)
        {
            // A list with no votes has no quotient to rank; one with every candidate seated has no one to seat.
            var inGara = liste.Where(l => l.Cifra > 0 && ottenuti[l.Lista] < l.Candidati).ToList();
            if (inGara.Count == 0)
            {
                break;
            }

            var migliore = inGara.Aggregate((a, b) => Confronta(a, ottenuti[a.Lista], b, ottenuti[b.Lista]) >= 0 ? a : b);
            var pari = inGara.Where(l => Confronta(l, ottenuti[l.Lista], migliore, ottenuti[migliore.Lista]) == 0).ToList();
            var (vincitrice, parita) = RisolviParita(pari, sorteggio);
            var divisore = ottenuti[vincitrice.Lista] + 1;
            ottenuti[vincitrice.Lista] = divisore;
            assegnazioni.Add(new SeggioAssegnato(numero, vincitrice.Lista, divisore, (decimal)vincitrice.Cifra / divisore, parita));
        }

        return new RipartoSeggi(ottenuti, assegnazioni, seggi - assegnazioni.Count);
    }

    /// <summary>Compares cifra/(seats+1) exactly by cross-multiplying, so no decimal is ever rounded.</summary>
    private static int Confronta(ListaInRiparto a, int seggiA, ListaInRiparto b, int seggiB) =>
        ((Int128)a.Cifra * (seggiB + 1)).CompareTo((Int128)b.Cifra * (seggiA + 1));

    private static (ListaInRiparto Lista, string? Parita) RisolviParita(List<ListaInRiparto> pari, Sorteggio sorteggio)
    {
        if (pari.Count == 1)
        {
            return (pari[0], null);
        }

        var minore = pari.Min(l => l.Cifra);
        var conMinoreCifra = pari.Where(l => l.Cifra == minore).ToList();
        if (conMinoreCifra.Count == 1)
        {
            return (conMinoreCifra[0], $"quoziente pari con {string.Join(", ", pari.Select(l => l.Lista))}: prevale la minore cifra elettorale ponderata");
        }

        var estratta = sorteggio(conMinoreCifra.Select(l => l.Lista).ToList(), "quoziente e cifra elettorale ponderata uguali");
        return (conMinoreCifra.Single(l => l.Lista == estratta), $"quoziente e cifra pari con {string.Join(", ", conMinoreCifra.Select(l => l.Lista))}: sorteggio");
    }
}
