using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// The count as a CSV, one figure per row, for one fascia or several: columns <c>fascia;voce;lista;candidato;numero</c>,
/// where voce is elettori, votanti, schede_bianche, schede_nulle (lista and candidato empty), voti_lista (with
/// the list) or preferenza (with the list and the candidate as on the list). All the fasce of the file are
/// recorded together or not at all.
/// </summary>
public static class ScrutinioCsv
{
    public static readonly string[] Colonne = ["fascia", "voce", "lista", "candidato", "numero"];

    private static readonly string[] Totali = ["elettori", "votanti", "schede_bianche", "schede_nulle"];

    public const string Modello = """
        fascia;voce;lista;candidato;numero
        B;elettori;;;13
        B;votanti;;;12
        B;schede_bianche;;;1
        B;schede_nulle;;;0
        B;voti_lista;Insieme per la Provincia;;6
        B;voti_lista;Territorio Comune;;5
        B;preferenza;Insieme per la Provincia;Anna Magni;4
        """;

    public static IReadOnlyList<ScrutinioInput>? Leggi(string testo, List<string> errori)
    {
        var fasce = new SortedDictionary<Fascia, (Dictionary<string, int> Totali, Dictionary<string, int> Voti, Dictionary<string, Dictionary<string, int>> Preferenze)>();
        foreach (var riga in TabellaCsv.Leggi(testo, Colonne, [], errori))
        {
            if (riga["fascia"] is not { Length: 1 } f || !Enum.TryParse<Fascia>(f, ignoreCase: false, out var fascia))
            {
                errori.Add($"Riga {riga.Riga}, colonna «fascia»: «{riga["fascia"]}» non è una fascia (da A a I).");
                continue;
            }

            var numero = CelleCsv.Intero(riga, "numero", errori);
            if (!fasce.TryGetValue(fascia, out var dati))
            {
                fasce[fascia] = dati = ([], new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            }

            var voce = riga["voce"].ToLowerInvariant();
            var doppia = voce switch
            {
                _ when Totali.Contains(voce) => !dati.Totali.TryAdd(voce, numero),
                "voti_lista" => !dati.Voti.TryAdd(CelleCsv.Testo(riga, "lista", errori), numero),
                "preferenza" => !(dati.Preferenze.TryGetValue(riga["lista"], out var p) ? p : dati.Preferenze[CelleCsv.Testo(riga, "lista", errori)] = new(StringComparer.Ordinal))
                    .TryAdd(CelleCsv.Testo(riga, "candidato", errori), numero),
                _ => Sconosciuta(riga, errori),
            };
            if (doppia)
            {
                errori.Add($"Riga {riga.Riga}: la stessa voce della fascia {fascia} compare in una riga precedente.");
            }
        }

        foreach (var (fascia, dati) in fasce)
        {
            foreach (var mancante in Totali.Where(t => !dati.Totali.ContainsKey(t)))
            {
                errori.Add($"Fascia {fascia}: manca la riga «{mancante}».");
            }
        }

        return errori.Count == 0
            ? [.. fasce.Select(x => new ScrutinioInput(x.Key, x.Value.Totali["elettori"], x.Value.Totali["votanti"], x.Value.Totali["schede_bianche"], x.Value.Totali["schede_nulle"],
                x.Value.Voti, x.Value.Preferenze.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal)))]
            : null;
    }

    private static bool Sconosciuta(RigaCsv riga, List<string> errori)
    {
        errori.Add($"Riga {riga.Riga}, colonna «voce»: «{riga["voce"]}» non valida (elettori, votanti, schede_bianche, schede_nulle, voti_lista o preferenza).");
        return false;
    }
}
