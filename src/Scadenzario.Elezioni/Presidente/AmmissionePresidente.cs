using NodaTime;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Liste;

namespace Scadenzario.Elezioni.Presidente;

/// <summary>A candidacy for presidente as filed: the candidate's elector key, the end of the mandate as sindaco, the signatures.</summary>
public sealed record CandidaturaPresentata(string Id, string CandidatoId, LocalDate FineMandatoSindaco, IReadOnlyList<Sottoscrizione> Sottoscrizioni);

/// <summary>The examination of one candidacy, with every reason an observer needs to check it.</summary>
public sealed record EsitoCandidaturaPresidente(
    string Id,
    bool Ammessa,
    int SottoscrizioniValide,
    int MinimoSottoscrizioni,
    IReadOnlyList<SottoscrizioneNulla> SottoscrizioniNulle,
    IReadOnlyList<string> MotiviRicusazione);

/// <summary>
/// The office's examination of the candidacies for presidente della provincia (L. 56/2014 commi 60-61):
/// the candidate is a sindaco in office in the territory whose mandate ends no earlier than 18 months after
/// the vote, and at least 15% of the electors (rounded up) signed validly. A signature is judged by the
/// same rules as a list's (<see cref="AmmissioneListe"/>): the signatory is an elector, a candidate's
/// signature does not count, an elector who signs two candidacies keeps only the earlier authenticated
/// one (same-day doubles all void), signatures authenticated more than 180 days before the deadline are void.
/// </summary>
public static class AmmissionePresidente
{
    /// <param name="elettorato">The electors' keys, as in office at the examination.</param>
    /// <param name="sindaci">The keys of the electors who are sindaci.</param>
    /// <param name="aventiDiritto">The electors as published at the 35th day: the base of the 15%.</param>
    public static IReadOnlyList<EsitoCandidaturaPresidente> Esamina(
        IReadOnlyCollection<string> elettorato, IReadOnlyCollection<string> sindaci, int aventiDiritto, LocalDate votazione, LocalDate terminePresentazione,
        IReadOnlyList<CandidaturaPresentata> candidature)
    {
        ArgumentNullException.ThrowIfNull(elettorato);
        ArgumentNullException.ThrowIfNull(sindaci);
        ArgumentNullException.ThrowIfNull(candidature);
        var doppia = candidature.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (doppia is not null)
        {
            throw new DatiElettoraliNonValidiException($"La candidatura \"{doppia.Key}\" compare più di una volta.");
        }

        var elettori = elettorato.ToHashSet(StringComparer.Ordinal);
        var inCarica = sindaci.ToHashSet(StringComparer.Ordinal);
        var candidati = candidature.Select(c => c.CandidatoId).ToHashSet(StringComparer.Ordinal);
        var minimo = Sottoscrizioni.MinimoPerPresidente(aventiDiritto);
        var nulle = candidature.ToDictionary(c => c.Id, _ => new List<SottoscrizioneNulla>());
        var valide = AmmissioneListe.SottoscrizioniValide(
            candidature.Select(c => new ListaPresentata(c.Id, [c.CandidatoId], c.Sottoscrizioni)).ToList(),
            elettori, candidati, terminePresentazione, nulle, AttoSottoscritto.CandidaturaPresidente);
        var stessoCandidato = candidature.GroupBy(c => c.CandidatoId, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)).Select(c => c.Id).ToHashSet();

        return candidature.Select(c =>
        {
            var motivi = new List<string>();
            if (!elettori.Contains(c.CandidatoId) || !inCarica.Contains(c.CandidatoId))
            {
                motivi.Add("il candidato non è sindaco in carica di un comune della provincia (non compare come sindaco nel corpo elettorale)");
            }

            if (stessoCandidato.Contains(c.Id))
            {
                motivi.Add("il candidato ha già presentato un'altra candidatura");
            }

            var limite = votazione.PlusMonths(ElezionePresidente.MesiMinimiDiMandato);
            if (c.FineMandatoSindaco < limite)
            {
                motivi.Add($"ineleggibile: il mandato di sindaco scade il {c.FineMandatoSindaco:dd/MM/yyyy}, prima di {ElezionePresidente.MesiMinimiDiMandato} mesi dalla votazione (occorre una scadenza non anteriore al {limite:dd/MM/yyyy})");
            }

            if (valide[c.Id] < minimo)
            {
                motivi.Add($"sottoscrizioni valide {valide[c.Id]}, meno del minimo di {minimo} (15% degli aventi diritto, arrotondato per eccesso)");
            }

            return new EsitoCandidaturaPresidente(c.Id, motivi.Count == 0, valide[c.Id], minimo, nulle[c.Id], motivi);
        }).ToList();
    }
}
