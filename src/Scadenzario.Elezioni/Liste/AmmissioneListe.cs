using NodaTime;
using Scadenzario.Elezioni.Consiglio;

namespace Scadenzario.Elezioni.Liste;

/// <summary>
/// The office's examination of the lists for a council (L. 56/2014 commi 28-30 and 61; seed 003 artt. 6, 8,
/// 10): candidates between half and all the seats, candidates and signatories in the electorate, and the
/// validity of each signature.
/// </summary>
public static class AmmissioneListe
{
    /// <summary>Signatures authenticated before this many days ahead of the filing deadline are void.</summary>
    public const int GiorniValiditaSottoscrizioni = 180;

    public static IReadOnlyList<EsitoLista> Esamina(
        IReadOnlyCollection<string> elettorato, int seggi, LocalDate terminePresentazione, IReadOnlyList<ListaPresentata> liste)
    {
        ArgumentNullException.ThrowIfNull(elettorato);
        ArgumentNullException.ThrowIfNull(liste);
        if (seggi <= 0)
        {
            throw new DatiElettoraliNonValidiException($"Numero di seggi non valido ({seggi}).");
        }

        var elettori = elettorato.ToHashSet(StringComparer.Ordinal);
        var candidatiDiOgniLista = liste.SelectMany(l => l.Candidati).ToHashSet(StringComparer.Ordinal);
        var nulle = liste.ToDictionary(l => l.Nome, _ => new List<SottoscrizioneNulla>());
        var valide = SottoscrizioniValide(liste, elettori, candidatiDiOgniLista, terminePresentazione, nulle);
        var minimoSottoscrizioni = Sottoscrizioni.MinimoPerLista(elettori.Count);
        var minimoCandidati = (seggi + 1) / 2;

        return liste.Select(lista =>
        {
            var (ammessi, ricusati) = Candidature(lista, elettori, seggi);
            var motivi = new List<string>();
            if (ammessi.Count < minimoCandidati)
            {
                motivi.Add($"candidati ammessi {ammessi.Count}, meno della metà dei seggi ({minimoCandidati})");
            }

            if (valide[lista.Nome] < minimoSottoscrizioni)
            {
                motivi.Add($"sottoscrizioni valide {valide[lista.Nome]}, meno del minimo di {minimoSottoscrizioni}");
            }

            return new EsitoLista(lista.Nome, motivi.Count == 0, ammessi, ricusati, minimoCandidati, valide[lista.Nome], minimoSottoscrizioni, nulle[lista.Nome], motivi);
        }).ToList();
    }

    /// <summary>
    /// Candidates who are not electors are struck out first; of the rest, those beyond the number of seats
    /// are struck out from the bottom of the order of presentation (seed 003 art. 6.3).
    /// </summary>
    private static (List<string> Ammessi, List<CandidaturaRicusata> Ricusati) Candidature(ListaPresentata lista, HashSet<string> elettori, int seggi)
    {
        var ammessi = new List<string>();
        var ricusati = new List<CandidaturaRicusata>();
        foreach (var id in lista.Candidati)
        {
            if (!elettori.Contains(id))
            {
                ricusati.Add(new(id, "non è sindaco né consigliere in carica nel territorio (non compare nel corpo elettorale)"));
            }
            else if (ammessi.Contains(id))
            {
                ricusati.Add(new(id, "candidatura ripetuta nella stessa lista"));
            }
            else if (ammessi.Count == seggi)
            {
                ricusati.Add(new(id, $"eccede il numero massimo di {seggi} candidati: ricusata l'ultima in ordine di presentazione"));
            }
            else
            {
                ammessi.Add(id);
            }
        }

        return (ammessi, ricusati);
    }

    /// <summary>
    /// The validity of every signature, shared with the presidential candidacies (the same rules of L. 53/1990
    /// art. 14 and comma 61); <paramref name="atto"/> only changes the words of the reasons.
    /// </summary>
    internal static Dictionary<string, int> SottoscrizioniValide(
        IReadOnlyList<ListaPresentata> liste, HashSet<string> elettori, HashSet<string> candidati, LocalDate termine,
        Dictionary<string, List<SottoscrizioneNulla>> nulle, AttoSottoscritto atto = AttoSottoscritto.Lista)
    {
        var (stesso, altro, piu) = atto == AttoSottoscritto.Lista
            ? ("nella stessa lista", "un'altra lista", "più liste")
            : ("per la stessa candidatura", "un'altra candidatura a presidente", "più candidature a presidente");
        var primoGiornoValido = termine.PlusDays(-GiorniValiditaSottoscrizioni);
        // Only a signature valid on its own competes with the same elector's signatures on other lists.
        var inConcorso = new List<(string Lista, Sottoscrizione Firma)>();
        foreach (var lista in liste)
        {
            var giaFirmato = new HashSet<string>(StringComparer.Ordinal);
            foreach (var firma in lista.Sottoscrizioni)
            {
                var motivo = firma switch
                {
                    _ when !elettori.Contains(firma.ElettoreId) => "il sottoscrittore non compare nel corpo elettorale",
                    _ when candidati.Contains(firma.ElettoreId) => "il sottoscrittore è candidato: la sua firma si considera non apposta",
                    _ when firma.Autenticazione < primoGiornoValido => $"autenticata prima del {GiorniValiditaSottoscrizioni}° giorno antecedente il termine di presentazione",
                    _ when firma.Autenticazione > termine => "autenticata dopo il termine di presentazione",
                    _ when !giaFirmato.Add(firma.ElettoreId) => $"sottoscrizione ripetuta {stesso}",
                    _ => null,
                };
                if (motivo is null)
                {
                    inConcorso.Add((lista.Nome, firma));
                }
                else
                {
                    nulle[lista.Nome].Add(new(firma.ElettoreId, firma.Autenticazione, motivo));
                }
            }
        }

        var valide = liste.ToDictionary(l => l.Nome, _ => 0);
        foreach (var perElettore in inConcorso.GroupBy(f => f.Firma.ElettoreId))
        {
            var prima = perElettore.Min(f => f.Firma.Autenticazione);
            var primeDelGiorno = perElettore.Count(f => f.Firma.Autenticazione == prima);
            foreach (var (lista, firma) in perElettore)
            {
                if (firma.Autenticazione == prima && primeDelGiorno == 1)
                {
                    valide[lista]++;
                }
                else
                {
                    nulle[lista].Add(new(firma.ElettoreId, firma.Autenticazione, primeDelGiorno > 1
                        ? $"il sottoscrittore ha firmato {piu} con autenticazione dello stesso giorno: tutte nulle"
                        : $"il sottoscrittore ha firmato {altro} con autenticazione anteriore: vale solo quella"));
                }
            }
        }

        return valide;
    }
}

/// <summary>What a set of signatures supports: the reasons of a void signature name it.</summary>
internal enum AttoSottoscritto
{
    Lista,
    CandidaturaPresidente,
}
