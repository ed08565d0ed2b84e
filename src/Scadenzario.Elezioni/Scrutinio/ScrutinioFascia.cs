using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Elezioni.Scrutinio;

/// <summary>
/// The <i>tabellina</i> of one fascia (seed 003 art. 16.4-6): electors on the register, voters, blank and
/// void ballots, valid votes per list (or per presidential candidate, by id) and preference votes per
/// candidate id. A ballot with only a preference counts for the list too, so it is in both.
/// </summary>
public sealed record ScrutinioFascia(
    Fascia Fascia,
    int Elettori,
    int Votanti,
    int SchedeBianche,
    int SchedeNulle,
    IReadOnlyDictionary<string, int> Voti,
    IReadOnlyDictionary<string, int>? Preferenze = null)
{
    public int VotiValidi => Voti.Values.Sum();
}
