using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Elezioni.Scrutinio;

/// <summary>An admitted list with its candidates in the order of the ballot.</summary>
public sealed record ListaInCompetizione(string Nome, IReadOnlyList<Candidato> Candidati);

/// <summary>Votes of one fascia, its index and their product: one line of the verbale.</summary>
public sealed record VotiPonderati(Fascia Fascia, int Voti, int Indice)
{
    public long Ponderati => (long)Voti * Indice;
}

public sealed record RisultatoLista(string Lista, IReadOnlyList<VotiPonderati> PerFascia, long CifraElettoralePonderata, int Seggi);

public sealed record RisultatoCandidato(
    string Lista, int Posizione, Candidato Candidato, IReadOnlyList<VotiPonderati> PerFascia, long CifraIndividualePonderata, CriterioPosizione Criterio, bool Eletto);

public sealed record RisultatoProclamazione(
    int Seggi,
    Ponderazione.Ponderazione Ponderazione,
    IReadOnlyList<ScrutinioFascia> Scrutinio,
    IReadOnlyList<RisultatoLista> Liste,
    RipartoSeggi Riparto,
    IReadOnlyList<RisultatoCandidato> Candidati)
{
    public IEnumerable<RisultatoCandidato> Eletti => Candidati.Where(c => c.Eletto);
}

/// <summary>
/// From the count to the elected (seed 003 art. 21; L. 56/2014 commi 35-38): votes × the fascia's index
/// summed over the fasce give each list's and candidate's weighted total; d'Hondt gives the seats; each
/// list's seats go down its ranking.
/// </summary>
public static class Proclamazione
{
    public static RisultatoProclamazione Calcola(
        int seggi, Ponderazione.Ponderazione ponderazione, IReadOnlyList<ListaInCompetizione> liste, IReadOnlyList<ScrutinioFascia> scrutinio, Sorteggio? sorteggio = null)
    {
        ArgumentNullException.ThrowIfNull(ponderazione);
        ArgumentNullException.ThrowIfNull(liste);
        ArgumentNullException.ThrowIfNull(scrutinio);
        VerificaListe(liste);
        VerificaScrutinio.Verifica(ponderazione, scrutinio, liste.Select(l => l.Nome).ToHashSet(), "lista");
        VerificaPreferenze(liste, scrutinio);

        var risultatiListe = liste.Select(l => Cifra(l.Nome, scrutinio, s => s.Voti.GetValueOrDefault(l.Nome), ponderazione)).ToList();
        var riparto = MetodoDHondt.Assegna(
            seggi, liste.Select((l, i) => new ListaInRiparto(l.Nome, risultatiListe[i].Cifra, l.Candidati.Count)).ToList(), sorteggio);

        var candidati = new List<RisultatoCandidato>();
        foreach (var lista in liste)
        {
            var cifre = lista.Candidati.ToDictionary(
                c => c.Id, c => Cifra(c.Id, scrutinio, s => s.Preferenze?.GetValueOrDefault(c.Id) ?? 0, ponderazione));
            var graduatoria = GraduatoriaCandidati.Ordina(lista.Candidati.Select(c => new CandidatoConCifra(c, cifre[c.Id].Cifra)).ToList(), sorteggio);
            candidati.AddRange(graduatoria.Select(p => new RisultatoCandidato(
                lista.Nome, p.Posizione, p.Candidato, cifre[p.Candidato.Id].PerFascia, p.Cifra, p.Criterio, p.Posizione <= riparto.Seggi[lista.Nome])));
        }

        return new RisultatoProclamazione(
            seggi,
            ponderazione,
            scrutinio,
            risultatiListe.Select(r => new RisultatoLista(r.Chi, r.PerFascia, r.Cifra, riparto.Seggi[r.Chi])).ToList(),
            riparto,
            candidati);
    }

    /// <summary>
    /// The checks of <see cref="Calcola"/> alone, for an office entering the count one fascia at a time: each
    /// tabellina is refused as soon as it does not add up, not only at the proclamation.
    /// </summary>
    public static void Verifica(Ponderazione.Ponderazione ponderazione, IReadOnlyList<ListaInCompetizione> liste, IReadOnlyList<ScrutinioFascia> scrutinio)
    {
        ArgumentNullException.ThrowIfNull(ponderazione);
        ArgumentNullException.ThrowIfNull(liste);
        ArgumentNullException.ThrowIfNull(scrutinio);
        VerificaListe(liste);
        VerificaScrutinio.Verifica(ponderazione, scrutinio, liste.Select(l => l.Nome).ToHashSet(), "lista");
        VerificaPreferenze(liste, scrutinio);
    }

    private static (string Chi, IReadOnlyList<VotiPonderati> PerFascia, long Cifra) Cifra(
        string chi, IReadOnlyList<ScrutinioFascia> scrutinio, Func<ScrutinioFascia, int> voti, Ponderazione.Ponderazione ponderazione)
    {
        var perFascia = scrutinio
            .Where(s => ponderazione.Di(s.Fascia) is not null)
            .OrderBy(s => s.Fascia)
            .Select(s => new VotiPonderati(s.Fascia, voti(s), ponderazione.IndiceDi(s.Fascia)))
            .ToList();
        return (chi, perFascia, perFascia.Sum(v => v.Ponderati));
    }

    private static void VerificaListe(IReadOnlyList<ListaInCompetizione> liste)
    {
        if (liste.Count == 0)
        {
            throw new DatiElettoraliNonValidiException("Nessuna lista in competizione.");
        }

        var doppia = liste.GroupBy(l => l.Nome).FirstOrDefault(g => g.Count() > 1);
        if (doppia is not null)
        {
            throw new DatiElettoraliNonValidiException($"La lista \"{doppia.Key}\" compare più di una volta.");
        }

        var candidatoDoppio = liste.SelectMany(l => l.Candidati).GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (candidatoDoppio is not null)
        {
            throw new DatiElettoraliNonValidiException($"Il candidato \"{candidatoDoppio.Key}\" compare più di una volta nelle liste.");
        }
    }

    /// <summary>A preference goes only to a candidate of the list voted, so a list's preferences never exceed its votes.</summary>
    private static void VerificaPreferenze(IReadOnlyList<ListaInCompetizione> liste, IReadOnlyList<ScrutinioFascia> scrutinio)
    {
        var listaDi = liste.SelectMany(l => l.Candidati.Select(c => (c.Id, l.Nome))).ToDictionary(x => x.Id, x => x.Nome);
        foreach (var s in scrutinio)
        {
            var preferenze = s.Preferenze ?? new Dictionary<string, int>();
            var sconosciuto = preferenze.Keys.FirstOrDefault(id => !listaDi.ContainsKey(id));
            if (sconosciuto is not null)
            {
                throw new DatiElettoraliNonValidiException($"Fascia {s.Fascia}: preferenze a \"{sconosciuto}\", che non è candidato in alcuna lista.");
            }

            foreach (var lista in liste)
            {
                var totale = preferenze.Where(p => listaDi[p.Key] == lista.Nome).Sum(p => p.Value);
                var votiLista = s.Voti.GetValueOrDefault(lista.Nome);
                if (totale > votiLista)
                {
                    throw new DatiElettoraliNonValidiException(
                        $"Fascia {s.Fascia}: le preferenze ai candidati della lista \"{lista.Nome}\" ({totale}) superano i voti della lista ({votiLista}).");
                }
            }
        }
    }
}
