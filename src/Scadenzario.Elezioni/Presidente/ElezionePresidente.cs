using NodaTime;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Elezioni.Presidente;

/// <summary>A sindaco who stands for presidente della provincia, with the day his or her mandate as sindaco ends.</summary>
public sealed record CandidatoPresidente(Candidato Candidato, LocalDate FineMandatoSindaco);

public sealed record RisultatoCandidatoPresidente(CandidatoPresidente Candidato, IReadOnlyList<VotiPonderati> PerFascia, long CifraPonderata);

public sealed record RisultatoPresidente(IReadOnlyList<RisultatoCandidatoPresidente> Candidati, CandidatoPresidente Eletto, string Criterio);

/// <summary>
/// The presidente della provincia (L. 56/2014 art. 1 commi 58-61): only sindaci whose mandate ends no
/// earlier than 18 months after the vote are eligible; one round; the highest weighted total wins, and on
/// equal totals the youngest.
/// </summary>
public static class ElezionePresidente
{
    public const int MesiMinimiDiMandato = 18;

    /// <summary>Comma 60: "il cui mandato scada non prima di diciotto mesi dalla data di svolgimento delle elezioni".</summary>
    public static bool Eleggibile(CandidatoPresidente candidato, LocalDate votazione) =>
        candidato.FineMandatoSindaco >= votazione.PlusMonths(MesiMinimiDiMandato);

    public static RisultatoPresidente Proclama(
        Ponderazione.Ponderazione ponderazione, LocalDate votazione, IReadOnlyList<CandidatoPresidente> candidati, IReadOnlyList<ScrutinioFascia> scrutinio, Sorteggio? sorteggio = null)
    {
        ArgumentNullException.ThrowIfNull(candidati);
        sorteggio ??= Sorteggi.NonEffettuato;
        if (candidati.Count == 0)
        {
            throw new DatiElettoraliNonValidiException("Nessun candidato alla carica di presidente della provincia.");
        }

        var ineleggibile = candidati.FirstOrDefault(c => !Eleggibile(c, votazione));
        if (ineleggibile is not null)
        {
            throw new DatiElettoraliNonValidiException(
                $"{ineleggibile.Candidato.Nome} non è eleggibile: il mandato di sindaco scade il {ineleggibile.FineMandatoSindaco:dd/MM/yyyy}, prima di {MesiMinimiDiMandato} mesi dalla votazione.");
        }

        VerificaScrutinio.Verifica(ponderazione, scrutinio, candidati.Select(c => c.Candidato.Id).ToHashSet(), "candidato");
        var risultati = candidati.Select(c => Cifra(c, ponderazione, scrutinio)).ToList();
        var massima = risultati.Max(r => r.CifraPonderata);
        var primi = risultati.Where(r => r.CifraPonderata == massima).ToList();
        if (primi.Count == 1)
        {
            return new RisultatoPresidente(risultati, primi[0].Candidato, "maggiore cifra ponderata");
        }

        var nascita = primi.Max(r => r.Candidato.Candidato.DataNascita);
        var piuGiovani = primi.Where(r => r.Candidato.Candidato.DataNascita == nascita).ToList();
        if (piuGiovani.Count == 1)
        {
            return new RisultatoPresidente(risultati, piuGiovani[0].Candidato, "parità di cifra ponderata: eletto il più giovane");
        }

        var estratto = sorteggio(piuGiovani.Select(r => r.Candidato.Candidato.Id).ToList(), "candidati presidente con uguale cifra ponderata e data di nascita");
        return new RisultatoPresidente(risultati, piuGiovani.Single(r => r.Candidato.Candidato.Id == estratto).Candidato, "parità di cifra ponderata e di età: sorteggio");
    }

    /// <summary>
    /// The count checks of <see cref="Proclama"/> alone, for an office entering the count one fascia at a time:
    /// each tabellina is refused as soon as it does not add up, not only at the proclamation.
    /// </summary>
    public static void Verifica(Ponderazione.Ponderazione ponderazione, IReadOnlyList<CandidatoPresidente> candidati, IReadOnlyList<ScrutinioFascia> scrutinio)
    {
        ArgumentNullException.ThrowIfNull(ponderazione);
        ArgumentNullException.ThrowIfNull(candidati);
        ArgumentNullException.ThrowIfNull(scrutinio);
        VerificaScrutinio.Verifica(ponderazione, scrutinio, candidati.Select(c => c.Candidato.Id).ToHashSet(), "candidato");
    }

    private static RisultatoCandidatoPresidente Cifra(CandidatoPresidente candidato, Ponderazione.Ponderazione ponderazione, IReadOnlyList<ScrutinioFascia> scrutinio)
    {
        var perFascia = scrutinio
            .Where(s => ponderazione.Di(s.Fascia) is not null)
            .OrderBy(s => s.Fascia)
            .Select(s => new VotiPonderati(s.Fascia, s.Voti.GetValueOrDefault(candidato.Candidato.Id), ponderazione.IndiceDi(s.Fascia)))
            .ToList();
        return new RisultatoCandidatoPresidente(candidato, perFascia, perFascia.Sum(v => v.Ponderati));
    }
}
