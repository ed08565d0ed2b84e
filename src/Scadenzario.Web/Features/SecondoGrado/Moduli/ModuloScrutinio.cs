using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>The votes of one list in the fascia's tabellina.</summary>
public sealed class RigaVotiLista
{
    public string? Lista { get; set; }

    public string? Voti { get; set; }

    public bool Vuota => string.IsNullOrWhiteSpace(Lista) && string.IsNullOrWhiteSpace(Voti);
}

/// <summary>The preferences of one candidate, by the list's name and the candidate's name as on the list.</summary>
public sealed class RigaPreferenza
{
    public string? Lista { get; set; }

    public string? Candidato { get; set; }

    public string? Voti { get; set; }

    public bool Vuota => string.IsNullOrWhiteSpace(Lista) && string.IsNullOrWhiteSpace(Candidato) && string.IsNullOrWhiteSpace(Voti);
}

/// <summary>
/// The tabellina of one fascia as a form (L. 56/2014, art. 1, commi 33-36 and Allegato A: the votes of
/// each list and the preferences, weighted by the fascia's index): electors, voters, blank and void ballots,
/// then a row per list and per preference. The form checks that each number is a number; the service
/// checks the sums against the electorate and the admitted lists.
/// </summary>
public sealed class ModuloScrutinio
{
    public const string Prefisso = "Modulo";

    public string? Fascia { get; set; }

    public string? Elettori { get; set; }

    public string? Votanti { get; set; }

    public string? SchedeBianche { get; set; }

    public string? SchedeNulle { get; set; }

    public List<RigaVotiLista> Liste { get; set; } = [];

    public List<RigaPreferenza> Preferenze { get; set; } = [];

    public ScrutinioInput? Leggi(ModelStateDictionary errori)
    {
        var prima = errori.ErrorCount;
        Fascia fascia = default;
        if (Fascia is not { Length: 1 } f || !Enum.TryParse(f, ignoreCase: false, out fascia))
        {
            errori.AddModelError($"{Prefisso}.Fascia", "Scegliere la fascia demografica.");
        }

        var elettori = Numero(Elettori, errori, $"{Prefisso}.Elettori");
        var votanti = Numero(Votanti, errori, $"{Prefisso}.Votanti");
        var bianche = Numero(SchedeBianche, errori, $"{Prefisso}.SchedeBianche");
        var nulle = Numero(SchedeNulle, errori, $"{Prefisso}.SchedeNulle");
        var voti = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (riga, i) in Liste.Select((r, i) => (r, i)).Where(x => !x.r.Vuota))
        {
            var lista = Testo(riga.Lista, errori, $"{Prefisso}.Liste[{i}].Lista", "Indicare il nome della lista.");
            var n = Numero(riga.Voti, errori, $"{Prefisso}.Liste[{i}].Voti");
            if (lista.Length > 0 && !voti.TryAdd(lista, n))
            {
                errori.AddModelError($"{Prefisso}.Liste[{i}].Lista", $"La lista «{lista}» compare già in una riga precedente.");
            }
        }

        if (voti.Count == 0)
        {
            errori.AddModelError($"{Prefisso}.Liste", "Indicare i voti di almeno una lista.");
        }

        var preferenze = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (riga, i) in Preferenze.Select((r, i) => (r, i)).Where(x => !x.r.Vuota))
        {
            var lista = Testo(riga.Lista, errori, $"{Prefisso}.Preferenze[{i}].Lista", "Indicare la lista del candidato.");
            var candidato = Testo(riga.Candidato, errori, $"{Prefisso}.Preferenze[{i}].Candidato", "Indicare il candidato.");
            var n = Numero(riga.Voti, errori, $"{Prefisso}.Preferenze[{i}].Voti");
            if (lista.Length > 0 && candidato.Length > 0 && !(preferenze.TryGetValue(lista, out var perLista) ? perLista : preferenze[lista] = new(StringComparer.Ordinal)).TryAdd(candidato, n))
            {
                errori.AddModelError($"{Prefisso}.Preferenze[{i}].Candidato", $"«{candidato}» compare già in una riga precedente della stessa lista.");
            }
        }

        return errori.ErrorCount == prima
            ? new ScrutinioInput(fascia, elettori, votanti, bianche, nulle, voti,
                preferenze.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal))
            : null;
    }

    /// <summary>
    /// The field a refusal of the service concerns: the row of the list or candidate it quotes, the electors
    /// when they do not match the electorate, the voters when the sum does not add up.
    /// </summary>
    public string Campo(string messaggio)
    {
        var candidato = Preferenze.Select((r, i) => (r.Candidato, Chiave: $"{Prefisso}.Preferenze[{i}].Candidato"))
            .FirstOrDefault(x => x.Candidato is { Length: > 0 } c && messaggio.Contains($"\"{c.Trim()}\"", StringComparison.Ordinal));
        if (candidato.Chiave is not null && !messaggio.Contains("preferenze per la lista", StringComparison.Ordinal))
        {
            return candidato.Chiave;
        }

        var lista = Liste.Select((r, i) => (r.Lista, Chiave: $"{Prefisso}.Liste[{i}].Lista"))
            .Concat(Preferenze.Select((r, i) => (r.Lista, Chiave: $"{Prefisso}.Preferenze[{i}].Lista")))
            .FirstOrDefault(x => x.Lista is { Length: > 0 } l && messaggio.Contains($"\"{l.Trim()}\"", StringComparison.Ordinal));
        if (lista.Chiave is not null)
        {
            return lista.Chiave;
        }

        return messaggio.Contains("elettori iscritti, il corpo elettorale", StringComparison.Ordinal) ? $"{Prefisso}.Elettori"
            : messaggio.Contains("votanti", StringComparison.OrdinalIgnoreCase) ? $"{Prefisso}.Votanti"
            : "";
    }

    private static int Numero(string? testo, ModelStateDictionary errori, string campo)
    {
        if (int.TryParse(testo?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errori.AddModelError(campo, string.IsNullOrWhiteSpace(testo) ? "Indicare il numero (0 se nessuno)." : $"«{testo.Trim()}» non è un numero intero non negativo.");
        return 0;
    }

    private static string Testo(string? valore, ModelStateDictionary errori, string campo, string messaggio)
    {
        if (string.IsNullOrWhiteSpace(valore))
        {
            errori.AddModelError(campo, messaggio);
        }

        return valore?.Trim() ?? "";
    }
}
