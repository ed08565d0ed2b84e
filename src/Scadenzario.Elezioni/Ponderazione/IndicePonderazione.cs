using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Elezioni.Ponderazione;

/// <summary>
/// The <i>indice di ponderazione</i> of L. 56/2014 art. 1 comma 34 and Allegato A (text as amended by
/// L. 114/2014; Ministero dell'interno circ. 32/2014 and 35/2014). It is computed on the 35th day with the
/// attested electorate and again at the proclamation with the actual one (seed 003, art. 19).
/// </summary>
public static class IndicePonderazione
{
    private const decimal LimiteComune = 45m;
    private const decimal LimiteFascia = 35m;

    public static Ponderazione Calcola(IEnumerable<ComuneElettorale> comuni)
    {
        ArgumentNullException.ThrowIfNull(comuni);
        var tutti = comuni.ToList();
        Valida(tutti);

        var attivi = tutti.Where(c => !c.Commissariato).ToList();
        if (attivi.Count == 0)
        {
            throw new DatiElettoraliNonValidiException("Nessun comune con il consiglio in carica: non c'è un corpo elettorale da ponderare.");
        }

        var fasce = Aggrega(attivi);
        var totale = fasce.Values.Sum(f => f.Popolazione);
        var percentuali = fasce.ToDictionary(f => f.Key, f => Decimali.Percentuale(f.Value.Popolazione, totale));

        var (dopoComune, fasciaDelComune, comuneOltre) = ApplicaLimiteComune(attivi, fasce, percentuali, totale);
        var (rettificate, limitate) = ApplicaLimiteFasce(fasce, dopoComune, fasciaDelComune);

        var risultato = fasce.OrderBy(f => f.Key).Select(f => new IndiceFascia(
            f.Key,
            f.Value.Comuni,
            f.Value.Popolazione,
            f.Value.Elettori,
            percentuali[f.Key],
            dopoComune[f.Key],
            rettificate[f.Key],
            Indice(rettificate[f.Key], f.Value.Elettori),
            f.Key == fasciaDelComune ? LimiteApplicato.Comune45 : limitate.Contains(f.Key) ? LimiteApplicato.Fascia35 : LimiteApplicato.Nessuno)).ToList();

        return new Ponderazione(
            risultato,
            totale,
            attivi.Sum(c => c.Elettori),
            comuneOltre,
            tutti.Where(c => c.Commissariato).Select(c => c.Nome).ToList());
    }

    /// <summary>Lettera e as seed 003 art. 19 applies it: the truncated percentage × 1,000 ÷ electors, truncated.</summary>
    internal static int Indice(decimal percentuale, int elettori) => (int)decimal.Truncate(percentuale * 1000m / elettori);

    private static void Valida(List<ComuneElettorale> comuni)
    {
        foreach (var comune in comuni)
        {
            FasceDemografiche.Di(comune.Popolazione, comune.Nome);
            if (comune.Elettori < 0)
            {
                throw new DatiElettoraliNonValidiException($"Il comune \"{comune.Nome}\" ha un numero di elettori negativo ({comune.Elettori}).");
            }
        }

        var doppio = comuni.GroupBy(c => c.Nome, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (doppio is not null)
        {
            throw new DatiElettoraliNonValidiException($"Il comune \"{doppio.Key}\" compare più di una volta.");
        }
    }

    private sealed record Totali(int Comuni, long Popolazione, int Elettori);

    private static Dictionary<Fascia, Totali> Aggrega(List<ComuneElettorale> attivi)
    {
        var fasce = attivi
            .GroupBy(c => FasceDemografiche.Di(c.Popolazione, c.Nome))
            .ToDictionary(g => g.Key, g => new Totali(g.Count(), g.Sum(c => (long)c.Popolazione), g.Sum(c => c.Elettori)));
        var senzaElettori = fasce.FirstOrDefault(f => f.Value.Elettori == 0);
        if (senzaElettori.Value is not null)
        {
            throw new DatiElettoraliNonValidiException(
                $"La fascia {senzaElettori.Key} ha comuni con il consiglio in carica ma nessun elettore: indicare gli elettori o segnare i comuni commissariati.");
        }

        return fasce;
    }

    /// <summary>
    /// Lettera c: only the single largest comune can exceed 45%. Its fascia gives up the excess, which goes to
    /// every other fascia in proportion to population; that fascia then stays out of lettera d.
    /// </summary>
    private static (Dictionary<Fascia, decimal> Percentuali, Fascia? Fascia, string? Comune) ApplicaLimiteComune(
        List<ComuneElettorale> attivi, Dictionary<Fascia, Totali> fasce, Dictionary<Fascia, decimal> percentuali, long totale)
    {
        var risultato = new Dictionary<Fascia, decimal>(percentuali);
        var maggiore = attivi.MaxBy(c => c.Popolazione)!;
        var percentualeComune = Decimali.Percentuale(maggiore.Popolazione, totale);
        var fascia = FasceDemografiche.Di(maggiore.Popolazione, maggiore.Nome);
        var riceventi = fasce.Keys.Where(f => f != fascia).ToList();
        // With a single fascia there is nobody to give the excess to; the law does not say, so nothing moves.
        if (percentualeComune <= LimiteComune || riceventi.Count == 0)
        {
            return (risultato, null, null);
        }

        var eccedenza = percentualeComune - LimiteComune;
        risultato[fascia] -= eccedenza;
        Distribuisci(eccedenza, riceventi, fasce, risultato);
        return (risultato, fascia, maggiore.Nome);
    }

    /// <summary>
    /// Lettera d, repeated: every fascia above 35% is cut to 35% and the excess goes, in proportion to
    /// population, to the fasce not yet cut (never to the fascia of lettera c), until none is above 35%.
    /// </summary>
    private static (Dictionary<Fascia, decimal> Percentuali, HashSet<Fascia> Limitate) ApplicaLimiteFasce(
        Dictionary<Fascia, Totali> fasce, Dictionary<Fascia, decimal> dopoComune, Fascia? fasciaDelComune)
    {
        var risultato = new Dictionary<Fascia, decimal>(dopoComune);
        var limitate = new HashSet<Fascia>();
        while (true)
        {
            var inGioco = fasce.Keys.Where(f => f != fasciaDelComune && !limitate.Contains(f)).ToList();
            var oltre = inGioco.Where(f => risultato[f] > LimiteFascia).ToList();
            var riceventi = inGioco.Except(oltre).ToList();
            // No fascia left to take the excess (e.g. two fasce only): the cap cannot apply and the law is silent.
            if (oltre.Count == 0 || riceventi.Count == 0)
            {
                return (risultato, limitate);
            }

            var eccedenza = oltre.Sum(f => risultato[f] - LimiteFascia);
            foreach (var f in oltre)
            {
                risultato[f] = LimiteFascia;
                limitate.Add(f);
            }

            Distribuisci(eccedenza, riceventi, fasce, risultato);
        }
    }

    private static void Distribuisci(decimal eccedenza, List<Fascia> riceventi, Dictionary<Fascia, Totali> fasce, Dictionary<Fascia, decimal> percentuali)
    {
        var popolazione = riceventi.Sum(f => fasce[f].Popolazione);
        foreach (var f in riceventi)
        {
            percentuali[f] = Decimali.TroncaAlTerzoDecimale(percentuali[f] + eccedenza * fasce[f].Popolazione / popolazione);
        }
    }
}
