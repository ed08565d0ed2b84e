using System.Globalization;
using System.Text.Json;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>The weighting per fascia, as JSON (the agreed interface) or as an Italian table.</summary>
internal static class IndiceOutput
{
    private static readonly CultureInfo Italiano = CultureInfo.GetCultureInfo("it-IT");

    public static void WriteFasce(Utf8JsonWriter json, Ponderazione ponderazione)
    {
        json.WriteStartArray("fasce");
        foreach (var f in ponderazione.Fasce)
        {
            json.WriteStartObject();
            json.WriteString("fascia", f.Fascia.ToString());
            json.WriteNumber("population", f.Popolazione);
            json.WriteNumber("electors", f.Elettori);
            json.WritePropertyName("percent");
            json.WriteRawValue(ThreeDecimals(f.Percentuale));
            json.WritePropertyName("percentCapped");
            json.WriteRawValue(ThreeDecimals(f.PercentualeRettificata));
            json.WriteNumber("index", f.Indice);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string Json(Ponderazione ponderazione)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteFasce(json, ponderazione);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    public static void Text(Ponderazione ponderazione, TextWriter output)
    {
        output.WriteLine("INDICI DI PONDERAZIONE (L. 56/2014, art. 1 comma 34 e allegato A)");
        output.WriteLine(string.Format(Italiano, "Popolazione considerata: {0:N0} abitanti; elettori: {1:N0}.", ponderazione.PopolazioneTotale, ponderazione.ElettoriTotali));
        if (ponderazione.ComuniCommissariati.Count > 0)
        {
            output.WriteLine($"Comuni commissariati, esclusi dal calcolo: {string.Join(", ", ponderazione.ComuniCommissariati)}.");
        }

        if (ponderazione.ComuneOltre45 is { } comune)
        {
            output.WriteLine($"Il comune di {comune} supera il 45% della popolazione: la sua fascia è ridotta al 45% (lettera c).");
        }

        output.WriteLine();
        output.WriteLine("Fascia  Popolazione  Elettori  Percentuale  Percentuale rettificata  Indice");
        foreach (var f in ponderazione.Fasce)
        {
            output.WriteLine(string.Format(
                Italiano, "{0,-6}  {1,11:N0}  {2,8:N0}  {3,10:N3}%  {4,22:N3}%  {5,6:N0}", f.Fascia, f.Popolazione, f.Elettori, f.Percentuale, f.PercentualeRettificata, f.Indice));
        }

        output.WriteLine();
        foreach (var f in ponderazione.Fasce)
        {
            output.WriteLine($"Fascia {f.Fascia}: comuni {FasceDemografiche.Limiti(f.Fascia).Descrizione} ({f.Comuni} {(f.Comuni == 1 ? "comune" : "comuni")}){Nota(f.Limite)}.");
        }
    }

    public static string ThreeDecimals(decimal value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Nota(LimiteApplicato limite) => limite switch
    {
        LimiteApplicato.Comune45 => "; ridotta al 45% (lettera c)",
        LimiteApplicato.Fascia35 => "; ridotta al 35% (lettera d)",
        _ => "",
    };
}
