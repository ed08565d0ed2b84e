using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Documenti.Verbali;

/// <summary>
/// The verbale di proclamazione (seed 003 artt. 20-21) with every figure an observer checks: the electorate
/// and index at the 35th day and at the vote, the count per fascia, the weighted totals, the d'Hondt
/// quotients, the seats, each list's ranking with the tie-breaks applied, the elected. The content is built
/// once as sections and rendered as plain text and as printable HTML, so both say exactly the same.
/// </summary>
internal sealed class VerbaleProclamazione(
    UfficioInfo ufficio, ElettoratoPubblicato? pubblicazione, RisultatoProclamazione risultato, IReadOnlyDictionary<string, string> comuneDi, Instant proclamatoIl, string da)
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    public string Testo() => Testo(Titolo(), Sottotitolo(), Sezioni(), Chiusura());

    public string Html() => Html(Titolo(), Sottotitolo(), Sezioni(), Chiusura());

    /// <summary>The plain-text rendering, shared with the verbale of the presidente (<see cref="VerbalePresidente"/>).</summary>
    internal static string Testo(string titolo, string sottotitolo, IEnumerable<Sezione> sezioni, string chiusura)
    {
        var output = new StringBuilder();
        output.AppendLine(titolo.ToUpper(It));
        output.AppendLine(sottotitolo);
        foreach (var sezione in sezioni)
        {
            output.AppendLine();
            output.AppendLine(sezione.Titolo);
            output.AppendLine(new string('=', sezione.Titolo.Length));
            foreach (var blocco in sezione.Blocchi)
            {
                if (blocco is Paragrafo p)
                {
                    output.AppendLine(p.Testo);
                }
                else if (blocco is Tabella t)
                {
                    TabellaTesto(t, output);
                }
            }
        }

        output.AppendLine();
        output.AppendLine(chiusura);
        return output.ToString();
    }

    /// <summary>The printable HTML rendering, shared with the verbale of the presidente.</summary>
    internal static string Html(string titolo, string sottotitolo, IEnumerable<Sezione> sezioni, string chiusura)
    {
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html>");
        h.AppendLine("<html lang=\"it\"><head><meta charset=\"utf-8\">");
        h.AppendLine($"<title>{E(titolo)}</title>");
        h.AppendLine("""
            <style>
              body { font-family: "Titillium Web", Arial, sans-serif; margin: 2em; color: #1a1a1a; }
              h1 { font-size: 1.4em; margin-bottom: 0.2em; } h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid #666; }
              table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
              th, td { border: 1px solid #888; padding: 0.2em 0.5em; } th { background: #eee; text-align: left; }
              td.n { text-align: right; font-variant-numeric: tabular-nums; }
              p.chiusura { margin-top: 2em; } .firma { margin-top: 3em; }
              @media print {
                body { margin: 0; font-size: 10pt; } h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; }
                th { background: none; } @page { size: A4; margin: 15mm; }
              }
            </style>
            """);
        h.AppendLine("</head><body>");
        h.AppendLine($"<h1>{E(titolo)}</h1>");
        h.AppendLine($"<p>{E(sottotitolo)}</p>");
        foreach (var sezione in sezioni)
        {
            h.AppendLine($"<h2>{E(sezione.Titolo)}</h2>");
            foreach (var blocco in sezione.Blocchi)
            {
                if (blocco is Paragrafo p)
                {
                    h.AppendLine($"<p>{E(p.Testo)}</p>");
                }
                else if (blocco is Tabella t)
                {
                    TabellaHtml(t, h);
                }
            }
        }

        h.AppendLine($"<p class=\"chiusura\">{E(chiusura)}</p>");
        h.AppendLine("<p class=\"firma\">Il Presidente dell'Ufficio elettorale ______________________</p>");
        h.AppendLine("</body></html>");
        return h.ToString();
    }

    private string Titolo() => ufficio.Consultation == "metropolitane"
        ? $"Verbale di proclamazione degli eletti al Consiglio metropolitano della {ufficio.Denominazione}"
        : $"Verbale di proclamazione degli eletti al Consiglio provinciale della {ufficio.Denominazione}";

    private string Sottotitolo() =>
        $"Votazione del {DateItaliane.Testo(ufficio.GiornoVotazione)} (L. 7 aprile 2014, n. 56, art. 1, commi 25-39 e allegato A). Consiglieri da eleggere: {ufficio.Seggi}.";

    private string Chiusura()
    {
        var quando = proclamatoIl.InZone(RomeTime.Zone);
        return $"L'Ufficio elettorale proclama eletti i candidati indicati nella sezione 7. Operazioni concluse il {DateItaliane.Testo(quando.Date)} alle ore {quando:HH:mm}; verbale redatto da {da}.";
    }

    private IEnumerable<Sezione> Sezioni()
    {
        yield return pubblicazione is null
            ? new Sezione("1. Corpo elettorale al 35° giorno antecedente la votazione", [new Paragrafo("Il corpo elettorale non risulta pubblicato.")])
            : new Sezione($"1. Corpo elettorale e indici di ponderazione al {DateItaliane.Testo(pubblicazione.Riferimento)} (35° giorno antecedente la votazione)",
                [.. Ponderazione(pubblicazione.Ponderazione), new Paragrafo(
                    $"Aventi diritto: {N(pubblicazione.Elettori)}. Sottoscrizioni minime per una lista: {N(pubblicazione.MinimoFirmeLista)} (5%, arrotondato per eccesso)."
                    + (pubblicazione.ComuniStimati.Count > 0 ? $" Comuni conteggiati per stima, in mancanza dell'attestazione: {string.Join(", ", pubblicazione.ComuniStimati)}." : ""))]);
        yield return new Sezione("2. Corpo elettorale effettivo e indici ricalcolati alla proclamazione",
            [new Paragrafo("Gli indici sono ricalcolati con gli aventi diritto effettivi, tenuto conto delle variazioni intervenute fino al giorno precedente la votazione."),
             .. Ponderazione(risultato.Ponderazione)]);
        yield return new Sezione("3. Scrutinio per fascia demografica", [Scrutinio(), VotiPerFascia()]);
        yield return new Sezione("4. Cifre elettorali ponderate delle liste", [CifreListe()]);
        yield return new Sezione("5. Riparto dei seggi con il metodo d'Hondt (comma 36)", [.. Riparto()]);
        yield return new Sezione("6. Graduatorie dei candidati per cifra individuale ponderata (commi 37 e 38, allegato E)", [.. Graduatorie()]);
        yield return new Sezione("7. Eletti", [Eletti()]);
    }

    internal static IEnumerable<Blocco> Ponderazione(Ponderazione p)
    {
        yield return new Tabella(
            ["Fascia", "Popolazione dei comuni", "Comuni", "Popolazione", "Elettori", "% (lett. b)", "% dopo limite 45% (lett. c)", "% rettificata (lett. d)", "Indice"],
            p.Fasce.Select(f => new[]
            {
                f.Fascia.ToString(), FasceDemografiche.Limiti(f.Fascia).Descrizione, N(f.Comuni), N(f.Popolazione), N(f.Elettori),
                P(f.Percentuale), P(f.PercentualeDopoLimiteComune), P(f.PercentualeRettificata), N(f.Indice),
            }).Append(["Totale", "", N(p.Fasce.Sum(f => f.Comuni)), N(p.PopolazioneTotale), N(p.ElettoriTotali), "", "", "", ""]).ToList(),
            Numerici: 2);
        if (p.ComuneOltre45 is not null)
        {
            yield return new Paragrafo($"Il comune di {p.ComuneOltre45} supera il 45% della popolazione: la sua fascia è ridotta al 45% e l'eccedenza è ripartita fra le altre fasce in proporzione alla popolazione.");
        }

        if (p.ComuniCommissariati.Count > 0)
        {
            yield return new Paragrafo($"Comuni commissariati, esclusi per elettori e popolazione: {string.Join(", ", p.ComuniCommissariati)}.");
        }

        yield return new Paragrafo("Percentuali troncate alla terza cifra decimale; indice = percentuale rettificata × 1.000 / elettori della fascia, troncato all'unità.");
    }

    private Tabella Scrutinio() => new(
        ["Fascia", "Elettori", "Votanti", "Affluenza", "Voti validi", "Schede bianche", "Schede nulle"],
        risultato.Scrutinio.OrderBy(s => s.Fascia).Select(s => new[]
        {
            s.Fascia.ToString(), N(s.Elettori), N(s.Votanti), Affluenza(s.Votanti, s.Elettori), N(s.VotiValidi), N(s.SchedeBianche), N(s.SchedeNulle),
        }).Append(["Totale", N(risultato.Scrutinio.Sum(s => s.Elettori)), N(risultato.Scrutinio.Sum(s => s.Votanti)),
            Affluenza(risultato.Scrutinio.Sum(s => s.Votanti), risultato.Scrutinio.Sum(s => s.Elettori)),
            N(risultato.Scrutinio.Sum(s => s.VotiValidi)), N(risultato.Scrutinio.Sum(s => s.SchedeBianche)), N(risultato.Scrutinio.Sum(s => s.SchedeNulle))]).ToList(),
        Numerici: 1);

    private Tabella VotiPerFascia()
    {
        var fasce = risultato.Scrutinio.Select(s => s.Fascia).Order().ToList();
        return new Tabella(
            ["Lista", .. fasce.Select(f => $"Voti fascia {f}")],
            risultato.Liste.Select(l => new[] { l.Lista }.Concat(fasce.Select(f => N(l.PerFascia.FirstOrDefault(v => v.Fascia == f)?.Voti ?? 0))).ToArray()).ToList(),
            Numerici: 1);
    }

    private Tabella CifreListe() => new(
        ["Lista", "Voti × indice per fascia", "Cifra elettorale ponderata", "Seggi"],
        risultato.Liste.Select(l => new[]
        {
            l.Lista, string.Join(" + ", l.PerFascia.Select(v => $"{v.Fascia}: {N(v.Voti)} × {N(v.Indice)} = {N(v.Ponderati)}")), N(l.CifraElettoralePonderata), N(l.Seggi),
        }).ToList(),
        Numerici: 2);

    private IEnumerable<Blocco> Riparto()
    {
        var divisori = Enumerable.Range(1, risultato.Seggi).ToList();
        var assegnati = risultato.Riparto.Assegnazioni.ToDictionary(a => (a.Lista, a.Divisore), a => a.Numero);
        yield return new Paragrafo("Quozienti: cifra elettorale ponderata divisa per 1, 2, 3, …; fra parentesi il numero d'ordine del seggio attribuito.");
        yield return new Tabella(
            ["Lista", .. divisori.Select(d => $"÷ {d}")],
            risultato.Liste.Select(l => new[] { l.Lista }.Concat(divisori.Select(d =>
                Q(l.CifraElettoralePonderata, d) + (assegnati.TryGetValue((l.Lista, d), out var n) ? $" ({n})" : ""))).ToArray()).ToList(),
            Numerici: 1);
        yield return new Tabella(
            ["Seggio", "Lista", "Divisore", "Quoziente", "Parità"],
            risultato.Riparto.Assegnazioni.Select(a => new[] { N(a.Numero), a.Lista, N(a.Divisore), Q(a.Quoziente), a.Parita ?? "" }).ToList(),
            Numerici: 0);
        if (risultato.Riparto.SeggiNonAssegnati > 0)
        {
            yield return new Paragrafo($"Seggi non assegnati per mancanza di candidati: {risultato.Riparto.SeggiNonAssegnati}.");
        }
    }

    private IEnumerable<Blocco> Graduatorie()
    {
        foreach (var lista in risultato.Liste)
        {
            yield return new Paragrafo($"Lista \"{lista.Lista}\" — seggi {lista.Seggi}:");
            yield return new Tabella(
                ["Posizione", "Candidato", "Comune", "Sesso", "Data di nascita", "Preferenze per fascia", "Cifra individuale ponderata", "Criterio", "Eletto"],
                risultato.Candidati.Where(c => c.Lista == lista.Lista).Select(c => new[]
                {
                    N(c.Posizione), c.Candidato.Nome, comuneDi.GetValueOrDefault(c.Candidato.Id, ""), c.Candidato.Sesso.ToString(),
                    DateItaliane.Testo(c.Candidato.DataNascita),
                    string.Join(" + ", c.PerFascia.Where(v => v.Voti > 0).Select(v => $"{v.Fascia}: {N(v.Voti)} × {N(v.Indice)}")),
                    N(c.CifraIndividualePonderata), Criterio(c.Criterio), c.Eletto ? "sì" : "no",
                }).ToList(),
                Numerici: 0);
        }
    }

    private Tabella Eletti() => new(
        ["N.", "Eletto", "Comune", "Lista", "Cifra individuale ponderata"],
        risultato.Eletti.Select((e, i) => new[] { N(i + 1), e.Candidato.Nome, comuneDi.GetValueOrDefault(e.Candidato.Id, ""), e.Lista, N(e.CifraIndividualePonderata) }).ToList(),
        Numerici: 0);

    private static string Criterio(CriterioPosizione criterio) => criterio switch
    {
        CriterioPosizione.SessoMenoRappresentato => "parità: sesso meno rappresentato",
        CriterioPosizione.PiuGiovane => "parità: più giovane",
        CriterioPosizione.Sorteggio => "parità: sorteggio",
        _ => "cifra individuale",
    };

    /// <summary>Turnout truncated at the third decimal, like every percentage of the procedure.</summary>
    internal static string Affluenza(int votanti, int elettori) => elettori == 0 ? "—" : P(decimal.Truncate(votanti * 100_000m / elettori) / 1000m);

    internal static string N(long value) => value.ToString("N0", It);

    internal static string P(decimal value) => value.ToString("0.000", It) + "%";

    /// <summary>Quotients shown truncated at the third decimal; the allocation compared them exactly.</summary>
    private static string Q(decimal value) => (decimal.Truncate(value * 1000m) / 1000m).ToString("#,##0.000", It);

    private static string Q(long cifra, int divisore) => Q((decimal)cifra / divisore);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void TabellaTesto(Tabella t, StringBuilder output)
    {
        var larghezze = t.Intestazioni.Select((h, i) => Math.Max(h.Length, t.Righe.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Riga(string[] celle) => string.Join(" | ", celle.Select((c, i) => i >= t.Numerici && t.Numerici > 0 ? c.PadLeft(larghezze[i]) : c.PadRight(larghezze[i]))).TrimEnd();
        output.AppendLine(Riga(t.Intestazioni));
        output.AppendLine(string.Join("-+-", larghezze.Select(l => new string('-', l))));
        foreach (var riga in t.Righe)
        {
            output.AppendLine(Riga(riga));
        }
    }

    private static void TabellaHtml(Tabella t, StringBuilder h)
    {
        h.AppendLine("<table><thead><tr>" + string.Concat(t.Intestazioni.Select(c => $"<th>{E(c)}</th>")) + "</tr></thead><tbody>");
        foreach (var riga in t.Righe)
        {
            h.AppendLine("<tr>" + string.Concat(riga.Select((c, i) => i >= t.Numerici && t.Numerici > 0 ? $"<td class=\"n\">{E(c)}</td>" : $"<td>{E(c)}</td>")) + "</tr>");
        }

        h.AppendLine("</tbody></table>");
    }

    internal abstract record Blocco;

    internal sealed record Paragrafo(string Testo) : Blocco;

    /// <summary>A table; the columns from <see cref="Numerici"/> on are right-aligned figures (0: none).</summary>
    internal sealed record Tabella(string[] Intestazioni, IReadOnlyList<string[]> Righe, int Numerici) : Blocco;

    internal sealed record Sezione(string Titolo, IReadOnlyList<Blocco> Blocchi);
}
