using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;
using static Scadenzario.Documenti.Verbali.VerbaleProclamazione;

namespace Scadenzario.Documenti.Verbali;

/// <summary>
/// The verbale di proclamazione of the presidente della provincia, with every figure an observer checks: the
/// electorate and index at the 35th day and at the vote, the candidates, the votes per fascia, each weighted
/// total as votes × index, the elected and the criterion that decided. Rendered like the council's verbale.
/// </summary>
internal sealed class VerbalePresidente(
    UfficioInfo ufficio, ElettoratoPubblicato? pubblicazione, Ponderazione ponderazione, IReadOnlyList<ScrutinioFascia> scrutinio,
    RisultatoPresidente risultato, IReadOnlyDictionary<string, string> comuneDi, Instant proclamatoIl, string da)
{
    public string Testo() => VerbaleProclamazione.Testo(Titolo(), Sottotitolo(), Sezioni(), Chiusura());

    public string Html() => VerbaleProclamazione.Html(Titolo(), Sottotitolo(), Sezioni(), Chiusura());

    private string Titolo() => $"Verbale di proclamazione del Presidente della {ufficio.Denominazione}";

    private string Sottotitolo() =>
        $"Votazione del {DateItaliane.Testo(ufficio.GiornoVotazione)} (L. 7 aprile 2014, n. 56, art. 1, commi 58-61 e allegato A). Turno unico.";

    private string Chiusura()
    {
        var quando = proclamatoIl.InZone(RomeTime.Zone);
        var eletto = risultato.Eletto.Candidato;
        return $"L'Ufficio elettorale proclama eletto Presidente della {ufficio.Denominazione} {eletto.Nome}, sindaco di {comuneDi.GetValueOrDefault(eletto.Id, "")}"
            + $" ({risultato.Criterio}). Operazioni concluse il {DateItaliane.Testo(quando.Date)} alle ore {quando:HH:mm}; verbale redatto da {da}.";
    }

    private IEnumerable<Sezione> Sezioni()
    {
        yield return pubblicazione is null
            ? new Sezione("1. Corpo elettorale al 35° giorno antecedente la votazione", [new Paragrafo("Il corpo elettorale non risulta pubblicato.")])
            : new Sezione($"1. Corpo elettorale e indici di ponderazione al {DateItaliane.Testo(pubblicazione.Riferimento)} (35° giorno antecedente la votazione)",
                [.. Ponderazione(pubblicazione.Ponderazione), new Paragrafo(
                    $"Aventi diritto: {N(pubblicazione.Elettori)}. Sottoscrizioni minime per una candidatura a presidente: {N(pubblicazione.MinimoFirmePresidente)} (15%, arrotondato per eccesso).")]);
        yield return new Sezione("2. Corpo elettorale effettivo e indici ricalcolati alla proclamazione",
            [new Paragrafo("Gli indici sono ricalcolati con gli aventi diritto effettivi, tenuto conto delle variazioni intervenute fino al giorno precedente la votazione."),
             .. Ponderazione(ponderazione)]);
        yield return new Sezione("3. Candidati ammessi (commi 60 e 61)", [Candidati()]);
        yield return new Sezione("4. Scrutinio per fascia demografica", [Scrutinio(), VotiPerFascia()]);
        yield return new Sezione("5. Cifre ponderate dei candidati", [Cifre(), new Paragrafo("Cifra ponderata = somma, per fascia, dei voti validi per l'indice di ponderazione della fascia.")]);
        yield return new Sezione("6. Eletto", [Eletto()]);
    }

    private Tabella Candidati() => new(
        ["Candidato", "Comune", "Sesso", "Data di nascita", "Scadenza del mandato di sindaco"],
        risultato.Candidati.Select(c => new[]
        {
            c.Candidato.Candidato.Nome, comuneDi.GetValueOrDefault(c.Candidato.Candidato.Id, ""), c.Candidato.Candidato.Sesso.ToString(),
            DateItaliane.Testo(c.Candidato.Candidato.DataNascita), DateItaliane.Testo(c.Candidato.FineMandatoSindaco),
        }).ToList(),
        Numerici: 0);

    private Tabella Scrutinio() => new(
        ["Fascia", "Elettori", "Votanti", "Affluenza", "Voti validi", "Schede bianche", "Schede nulle"],
        scrutinio.OrderBy(s => s.Fascia).Select(s => new[]
        {
            s.Fascia.ToString(), N(s.Elettori), N(s.Votanti), Affluenza(s.Votanti, s.Elettori), N(s.VotiValidi), N(s.SchedeBianche), N(s.SchedeNulle),
        }).Append(["Totale", N(scrutinio.Sum(s => s.Elettori)), N(scrutinio.Sum(s => s.Votanti)), Affluenza(scrutinio.Sum(s => s.Votanti), scrutinio.Sum(s => s.Elettori)),
            N(scrutinio.Sum(s => s.VotiValidi)), N(scrutinio.Sum(s => s.SchedeBianche)), N(scrutinio.Sum(s => s.SchedeNulle))]).ToList(),
        Numerici: 1);

    private Tabella VotiPerFascia()
    {
        var fasce = scrutinio.Select(s => s.Fascia).Order().ToList();
        return new Tabella(
            ["Candidato", .. fasce.Select(f => $"Voti fascia {f}"), "Totale voti"],
            risultato.Candidati.Select(c => new[] { c.Candidato.Candidato.Nome }
                .Concat(fasce.Select(f => N(c.PerFascia.FirstOrDefault(v => v.Fascia == f)?.Voti ?? 0)))
                .Append(N(c.PerFascia.Sum(v => v.Voti))).ToArray()).ToList(),
            Numerici: 1);
    }

    private Tabella Cifre() => new(
        ["Candidato", "Voti × indice per fascia", "Cifra ponderata"],
        risultato.Candidati.OrderByDescending(c => c.CifraPonderata).Select(c => new[]
        {
            c.Candidato.Candidato.Nome, string.Join(" + ", c.PerFascia.Select(v => $"{v.Fascia}: {N(v.Voti)} × {N(v.Indice)} = {N(v.Ponderati)}")), N(c.CifraPonderata),
        }).ToList(),
        Numerici: 2);

    private Tabella Eletto()
    {
        var eletto = risultato.Candidati.Single(c => c.Candidato == risultato.Eletto);
        return new Tabella(
            ["Eletto", "Comune", "Cifra ponderata", "Criterio"],
            [[eletto.Candidato.Candidato.Nome, comuneDi.GetValueOrDefault(eletto.Candidato.Candidato.Id, ""), N(eletto.CifraPonderata), Criterio(risultato.Criterio)]],
            Numerici: 0);
    }

    /// <summary>The calculator's criterion, with the law that states it.</summary>
    private static string Criterio(string criterio) => criterio switch
    {
        _ when criterio.Contains("sorteggio", StringComparison.Ordinal) => $"{criterio} (il comma 61 non prevede altri criteri dopo l'età)",
        _ when criterio.StartsWith("parità", StringComparison.Ordinal) => $"{criterio} (comma 61: a parità di voti è eletto il candidato più giovane)",
        _ => $"{criterio} (comma 61: è eletto il candidato con il maggior numero di voti ponderati)",
    };
}
