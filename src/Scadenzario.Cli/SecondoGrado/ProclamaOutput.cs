using System.Globalization;
using System.Text.Json;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>The weighted totals, the seats and the elected, as JSON or as an Italian summary of the verbale.</summary>
internal static class ProclamaOutput
{
    private static readonly CultureInfo Italiano = CultureInfo.GetCultureInfo("it-IT");

    public static string Json(RisultatoProclamazione r)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("seats", r.Seggi);
            json.WriteNumber("unassignedSeats", r.Riparto.SeggiNonAssegnati);
            IndiceOutput.WriteFasce(json, r.Ponderazione);
            json.WriteStartArray("lists");
            foreach (var l in r.Liste)
            {
                json.WriteStartObject();
                json.WriteString("name", l.Lista);
                json.WriteNumber("weightedTotal", l.CifraElettoralePonderata);
                json.WriteNumber("seats", l.Seggi);
                WriteByFascia(json, l.PerFascia);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("seatsOrder");
            foreach (var s in r.Riparto.Assegnazioni)
            {
                json.WriteStartObject();
                json.WriteNumber("seat", s.Numero);
                json.WriteString("list", s.Lista);
                json.WriteNumber("divisor", s.Divisore);
                json.WritePropertyName("quotient");
                json.WriteRawValue(IndiceOutput.ThreeDecimals(decimal.Truncate(s.Quoziente * 1000m) / 1000m));
                json.WriteString("tie", s.Parita);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("candidates");
            foreach (var c in r.Candidati)
            {
                json.WriteStartObject();
                json.WriteString("list", c.Lista);
                json.WriteNumber("position", c.Posizione);
                json.WriteString("id", c.Candidato.Id);
                json.WriteString("name", c.Candidato.Nome);
                json.WriteNumber("weightedTotal", c.CifraIndividualePonderata);
                json.WriteString("criterion", Criterio(c.Criterio));
                json.WriteBoolean("elected", c.Eletto);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("elected");
            foreach (var c in r.Eletti)
            {
                json.WriteStartObject();
                json.WriteString("list", c.Lista);
                json.WriteString("id", c.Candidato.Id);
                json.WriteString("name", c.Candidato.Nome);
                json.WriteNumber("weightedTotal", c.CifraIndividualePonderata);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    public static void Text(RisultatoProclamazione r, TextWriter output)
    {
        IndiceOutput.Text(r.Ponderazione, output);
        output.WriteLine();
        output.WriteLine($"CIFRE ELETTORALI PONDERATE E SEGGI ({r.Seggi} consiglieri da eleggere, metodo d'Hondt)");
        foreach (var l in r.Liste)
        {
            var dettaglio = string.Join(" + ", l.PerFascia.Select(v => string.Format(Italiano, "{0}: {1:N0} × {2:N0}", v.Fascia, v.Voti, v.Indice)));
            output.WriteLine(string.Format(Italiano, "Lista \"{0}\": cifra elettorale ponderata {1:N0} ({2}); seggi {3}.", l.Lista, l.CifraElettoralePonderata, dettaglio, l.Seggi));
        }

        foreach (var s in r.Riparto.Assegnazioni.Where(s => s.Parita is not null))
        {
            output.WriteLine($"Seggio {s.Numero}: {s.Parita}.");
        }

        if (r.Riparto.SeggiNonAssegnati > 0)
        {
            output.WriteLine($"Seggi non assegnati per mancanza di candidati: {r.Riparto.SeggiNonAssegnati}.");
        }

        output.WriteLine();
        output.WriteLine("ELETTI");
        foreach (var c in r.Eletti)
        {
            var nota = c.Criterio == CriterioPosizione.CifraIndividuale ? "" : $" — a parità di cifra: {Criterio(c.Criterio)}";
            output.WriteLine(string.Format(Italiano, "{0} (lista \"{1}\"), cifra individuale ponderata {2:N0}{3}", c.Candidato.Nome, c.Lista, c.CifraIndividualePonderata, nota));
        }
    }

    private static void WriteByFascia(Utf8JsonWriter json, IReadOnlyList<VotiPonderati> perFascia)
    {
        json.WriteStartArray("byFascia");
        foreach (var v in perFascia)
        {
            json.WriteStartObject();
            json.WriteString("fascia", v.Fascia.ToString());
            json.WriteNumber("votes", v.Voti);
            json.WriteNumber("index", v.Indice);
            json.WriteNumber("weighted", v.Ponderati);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Criterio(CriterioPosizione criterio) => criterio switch
    {
        CriterioPosizione.SessoMenoRappresentato => "sesso meno rappresentato",
        CriterioPosizione.PiuGiovane => "più giovane",
        CriterioPosizione.Sorteggio => "sorteggio",
        _ => "cifra individuale",
    };
}
