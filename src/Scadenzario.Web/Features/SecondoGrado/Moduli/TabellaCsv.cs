using System.Text;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>One data row of an uploaded CSV: its line in the file (1 is the header) and its cells by column.</summary>
public sealed record RigaCsv(int Riga, IReadOnlyDictionary<string, string> Celle)
{
    public string this[string colonna] => Celle.TryGetValue(colonna, out var cella) ? cella.Trim() : "";
}

/// <summary>
/// The CSV files of the office's forms (format in docs/secondo-grado.md, templates on each page): a header
/// naming the columns, then one row per person or figure. Either separator is accepted, because Excel in
/// Italian saves with ";" and other programs with ","; the header decides which. Quotes follow RFC 4180.
/// Every problem is collected with its line and column, so the office corrects the file in one pass.
/// </summary>
public static class TabellaCsv
{
    /// <summary>At most this many problems are listed: past them the file is clearly not the template.</summary>
    public const int MassimoErrori = 20;

    public static IReadOnlyList<RigaCsv> Leggi(string testo, IReadOnlyList<string> colonne, IReadOnlyCollection<string> facoltative, ICollection<string> errori)
    {
        var righe = Righe(testo.TrimStart('\uFEFF'));
        if (righe.Count == 0)
        {
            errori.Add("Il file è vuoto: la prima riga deve essere l'intestazione (" + string.Join(";", colonne) + ").");
            return [];
        }

        var intestazione = righe[0].Celle.Select(c => c.Trim().ToLowerInvariant()).ToList();
        foreach (var colonna in colonne.Where(c => !facoltative.Contains(c) && !intestazione.Contains(c)))
        {
            errori.Add($"Riga 1 (intestazione): manca la colonna «{colonna}».");
        }

        foreach (var sconosciuta in intestazione.Where(c => c.Length > 0 && !colonne.Contains(c)))
        {
            errori.Add($"Riga 1 (intestazione): colonna «{sconosciuta}» sconosciuta; le colonne sono {string.Join(", ", colonne)}.");
        }

        if (errori.Count > 0)
        {
            return [];
        }

        var dati = new List<RigaCsv>();
        foreach (var (numero, celle) in righe.Skip(1))
        {
            if (celle.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (celle.Count > intestazione.Count && celle.Skip(intestazione.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                errori.Add($"Riga {numero}: {celle.Count} colonne, l'intestazione ne ha {intestazione.Count}.");
                continue;
            }

            dati.Add(new RigaCsv(numero, intestazione.Select((c, i) => (c, v: i < celle.Count ? celle[i] : "")).ToDictionary(x => x.c, x => x.v)));
        }

        if (dati.Count == 0 && errori.Count == 0)
        {
            errori.Add("Il file ha solo l'intestazione: nessuna riga da registrare.");
        }

        return dati;
    }

    /// <summary>The records of the file with the line each starts on; a quoted cell may span lines.</summary>
    private static List<(int Numero, List<string> Celle)> Righe(string testo)
    {
        var primaRiga = testo.Split('\n', 2)[0];
        var separatore = primaRiga.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var righe = new List<(int, List<string>)>();
        var celle = new List<string>();
        var cella = new StringBuilder();
        var tra = false;
        var linea = 1;
        var inizio = 1;
        for (var i = 0; i < testo.Length; i++)
        {
            var ch = testo[i];
            if (tra)
            {
                if (ch == '"' && i + 1 < testo.Length && testo[i + 1] == '"')
                {
                    cella.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    tra = false;
                }
                else
                {
                    linea += ch == '\n' ? 1 : 0;
                    cella.Append(ch);
                }
            }
            else if (ch == '"')
            {
                tra = true;
            }
            else if (ch == separatore)
            {
                celle.Add(cella.ToString());
                cella.Clear();
            }
            else if (ch == '\n')
            {
                celle.Add(cella.ToString().TrimEnd('\r'));
                cella.Clear();
                righe.Add((inizio, celle));
                celle = [];
                inizio = ++linea;
            }
            else
            {
                cella.Append(ch);
            }
        }

        if (cella.Length > 0 || celle.Count > 0)
        {
            celle.Add(cella.ToString().TrimEnd('\r'));
            righe.Add((inizio, celle));
        }

        return righe;
    }
}
