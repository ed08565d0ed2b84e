namespace Scadenzario.Elezioni.Scrutinio;

/// <summary>What decided a candidate's place in the list's ranking.</summary>
public enum CriterioPosizione
{
    CifraIndividuale,

    /// <summary>
    /// Allegato E "regola (a)": equal weighted total, the sexes ranked before are unbalanced, and the candidate is
    /// the youngest of the less represented sex among the tied.
    /// </summary>
    SessoMenoRappresentato,

    /// <summary>Allegato E "regola (b)": equal weighted total, and sex did not decide: the youngest of the tied.</summary>
    PiuGiovane,

    /// <summary>Equal weighted total, sex and birth date: lots were drawn.</summary>
    Sorteggio,
}

public sealed record CandidatoConCifra(Candidato Candidato, long Cifra);

public sealed record PosizioneInGraduatoria(int Posizione, Candidato Candidato, long Cifra, CriterioPosizione Criterio);

/// <summary>
/// The ranking of one list's candidates by weighted total (comma 37) with the ties of comma 38 broken seat
/// by seat as seed 003 Allegato E shows: if the candidates ranked so far are not balanced between the sexes,
/// the less represented sex among the tied goes first; otherwise, or if no tied candidate has that sex, the
/// youngest. Each placement counts for the next one.
/// </summary>
public static class GraduatoriaCandidati
{
    public static IReadOnlyList<PosizioneInGraduatoria> Ordina(IReadOnlyList<CandidatoConCifra> candidati, Sorteggio? sorteggio = null)
    {
        ArgumentNullException.ThrowIfNull(candidati);
        sorteggio ??= Sorteggi.NonEffettuato;
        var restanti = candidati.ToList();
        var graduatoria = new List<PosizioneInGraduatoria>();
        while (restanti.Count > 0)
        {
            var cifra = restanti.Max(c => c.Cifra);
            var pari = restanti.Where(c => c.Cifra == cifra).ToList();
            var (scelto, criterio) = pari.Count == 1
                ? (pari[0], CriterioPosizione.CifraIndividuale)
                : Spareggia(pari, graduatoria, sorteggio);
            restanti.Remove(scelto);
            graduatoria.Add(new PosizioneInGraduatoria(graduatoria.Count + 1, scelto.Candidato, scelto.Cifra, criterio));
        }

        return graduatoria;
    }

    private static (CandidatoConCifra, CriterioPosizione) Spareggia(List<CandidatoConCifra> pari, List<PosizioneInGraduatoria> giaInGraduatoria, Sorteggio sorteggio)
    {
        var maschi = giaInGraduatoria.Count(p => p.Candidato.Sesso == Sesso.M);
        var femmine = giaInGraduatoria.Count - maschi;
        var gruppo = pari;
        var criterio = CriterioPosizione.PiuGiovane;
        if (maschi != femmine)
        {
            var menoRappresentato = maschi < femmine ? Sesso.M : Sesso.F;
            var delSesso = pari.Where(c => c.Candidato.Sesso == menoRappresentato).ToList();
            if (delSesso.Count > 0)
            {
                gruppo = delSesso;
                criterio = CriterioPosizione.SessoMenoRappresentato;
            }
        }

        if (gruppo.Count == 1)
        {
            return (gruppo[0], criterio);
        }

        var nascita = gruppo.Max(c => c.Candidato.DataNascita);
        var piuGiovani = gruppo.Where(c => c.Candidato.DataNascita == nascita).ToList();
        if (piuGiovani.Count == 1)
        {
            return (piuGiovani[0], criterio);
        }

        var estratto = sorteggio(piuGiovani.Select(c => c.Candidato.Id).ToList(), "candidati con uguale cifra individuale, sesso e data di nascita");
        return (piuGiovani.Single(c => c.Candidato.Id == estratto), CriterioPosizione.Sorteggio);
    }
}
