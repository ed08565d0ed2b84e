using Scadenzario.Elezioni.Ponderazione;

namespace Scadenzario.Elezioni.Scrutinio;

/// <summary>
/// The final numerical check of seed 003 art. 16.7: electors = voters + non-voters, voters = valid votes +
/// blank + void, per fascia; and the index's electorate is the one the count was held with (art. 19.2).
/// </summary>
internal static class VerificaScrutinio
{
    /// <param name="voce">What a key of <see cref="ScrutinioFascia.Voti"/> names, for messages ("lista", "candidato").</param>
    public static void Verifica(Ponderazione.Ponderazione ponderazione, IReadOnlyList<ScrutinioFascia> scrutinio, IReadOnlySet<string> chiavi, string voce)
    {
        var doppia = scrutinio.GroupBy(s => s.Fascia).FirstOrDefault(g => g.Count() > 1);
        if (doppia is not null)
        {
            throw new DatiElettoraliNonValidiException($"Lo scrutinio della fascia {doppia.Key} compare più di una volta.");
        }

        foreach (var fascia in scrutinio)
        {
            VerificaFascia(ponderazione, fascia, chiavi, voce);
        }
    }

    private static void VerificaFascia(Ponderazione.Ponderazione ponderazione, ScrutinioFascia s, IReadOnlySet<string> chiavi, string voce)
    {
        var f = s.Fascia;
        NonNegativo(s.Elettori, $"fascia {f}: elettori");
        NonNegativo(s.Votanti, $"fascia {f}: votanti");
        NonNegativo(s.SchedeBianche, $"fascia {f}: schede bianche");
        NonNegativo(s.SchedeNulle, $"fascia {f}: schede nulle");
        foreach (var (chiave, voti) in s.Voti)
        {
            NonNegativo(voti, $"fascia {f}: voti di {voce} \"{chiave}\"");
            if (!chiavi.Contains(chiave))
            {
                throw new DatiElettoraliNonValidiException($"Fascia {f}: voti a {voce} \"{chiave}\" che non è in competizione.");
            }
        }

        foreach (var (candidato, voti) in s.Preferenze ?? new Dictionary<string, int>())
        {
            NonNegativo(voti, $"fascia {f}: preferenze di \"{candidato}\"");
        }

        var indice = ponderazione.Di(f);
        if (indice is null)
        {
            if (s.Votanti > 0)
            {
                throw new DatiElettoraliNonValidiException($"Fascia {f}: risultano {s.Votanti} votanti, ma nel corpo elettorale la fascia non ha elettori.");
            }
        }
        else if (indice.Elettori != s.Elettori)
        {
            throw new DatiElettoraliNonValidiException(
                $"Fascia {f}: lo scrutinio indica {s.Elettori} elettori iscritti, il corpo elettorale {indice.Elettori}; l'indice va calcolato sugli aventi diritto effettivi.");
        }

        if (s.Votanti > s.Elettori)
        {
            throw new DatiElettoraliNonValidiException($"Fascia {f}: i votanti ({s.Votanti}) superano gli elettori iscritti ({s.Elettori}).");
        }

        var somma = s.VotiValidi + s.SchedeBianche + s.SchedeNulle;
        if (somma != s.Votanti)
        {
            throw new DatiElettoraliNonValidiException(
                $"Fascia {f}: il conto non torna: voti validi {s.VotiValidi} + schede bianche {s.SchedeBianche} + schede nulle {s.SchedeNulle} = {somma}, ma i votanti sono {s.Votanti}.");
        }
    }

    public static void NonNegativo(int valore, string cosa)
    {
        if (valore < 0)
        {
            throw new DatiElettoraliNonValidiException($"Valore negativo non ammesso ({cosa}: {valore}).");
        }
    }
}
