using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scadenzario.Data.Limits;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Fasce;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>The candidate for presidente: a sindaco of the territory and the day the mandate as sindaco ends (comma 60).</summary>
public sealed class RigaCandidatoPresidente : RigaPersona
{
    public string? Comune { get; set; }

    public string? FineMandato { get; set; }
}

/// <summary>
/// A candidacy for presidente della provincia as filed, by form (L. 56/2014, art. 1, commi 60-61): the
/// candidate and the signatures, rows left empty skipped. The service matches the people to the electorate
/// and the examination judges the candidacy; the form only checks that each field is given and well formed.
/// </summary>
public sealed class ModuloCandidaturaPresidente
{
    public const string Prefisso = "Modulo";

    /// <summary>Fields of the candidate, the token and the buttons, before the signature rows.</summary>
    private const int CampiFissi = 12;

    public RigaCandidatoPresidente Candidato { get; set; } = new();

    public List<RigaSottoscrizione> Sottoscrizioni { get; set; } = [];

    /// <summary>How many signature rows the form can carry under the request's field limit.</summary>
    public static int MassimoSottoscrizioni => (InputLimits.MaxFormFields - CampiFissi) / ModuloLista.CampiSottoscrizione;

    public CandidaturaPresidenteInput? Leggi(ModelStateDictionary errori)
    {
        var prima = errori.ErrorCount;
        var c = $"{Prefisso}.Candidato";
        var nome = Candidato.LeggiNome(errori, c);
        var sesso = Candidato.LeggiSesso(errori, c);
        var nascita = Candidato.LeggiData(errori, c);
        var comune = Richiesto(Candidato.Comune, errori, $"{c}.Comune", "Indicare il comune di cui il candidato è sindaco.");
        var fine = RigaPersona.LeggiGiorno(Candidato.FineMandato, errori, $"{c}.FineMandato", "il giorno in cui scade il mandato di sindaco");
        var sottoscrizioni = new List<SottoscrizioneInput>();
        foreach (var (riga, i) in Sottoscrizioni.Select((r, i) => (r, i)).Where(x => !x.r.Vuota))
        {
            var chiave = $"{Prefisso}.Sottoscrizioni[{i}]";
            sottoscrizioni.Add(new SottoscrizioneInput(
                Richiesto(riga.Nome, errori, $"{chiave}.Nome", "Indicare nome e cognome."),
                RigaPersona.LeggiGiorno(riga.DataNascita, errori, $"{chiave}.DataNascita", "la data di nascita"),
                Richiesto(riga.Comune, errori, $"{chiave}.Comune", "Indicare il comune in cui il sottoscrittore è in carica."),
                RigaPersona.LeggiGiorno(riga.Autenticata, errori, $"{chiave}.Autenticata", "il giorno dell'autenticazione")));
        }

        return errori.ErrorCount == prima ? new CandidaturaPresidenteInput(nome, sesso, nascita, comune, fine, sottoscrizioni) : null;
    }

    /// <summary>
    /// The field a refusal of the service concerns: the comune it quotes (the candidate's first, then a
    /// signer's), the candidate's name for a candidacy already registered; empty for the form as a whole.
    /// </summary>
    public string Campo(string messaggio)
    {
        if (messaggio.Contains("è già registrata", StringComparison.Ordinal) || messaggio.Contains("nome del candidato", StringComparison.Ordinal))
        {
            return $"{Prefisso}.Candidato.Nome";
        }

        var comuni = new[] { (Candidato.Comune, Chiave: $"{Prefisso}.Candidato.Comune") }
            .Concat(Sottoscrizioni.Select((r, i) => (r.Comune, Chiave: $"{Prefisso}.Sottoscrizioni[{i}].Comune")));
        if (messaggio.Contains("comune", StringComparison.OrdinalIgnoreCase)
            && comuni.FirstOrDefault(x => x.Comune is { Length: > 0 } c && messaggio.Contains($"\"{c.Trim()}\"", StringComparison.OrdinalIgnoreCase)
                || x.Comune is { Length: > 0 } d && messaggio.Contains($"comune di {d.Trim()} ", StringComparison.OrdinalIgnoreCase)) is { Chiave: { } comune })
        {
            return comune;
        }

        return Sottoscrizioni.Select((r, i) => (r.Nome, Chiave: $"{Prefisso}.Sottoscrizioni[{i}].Nome"))
            .FirstOrDefault(x => x.Nome is { Length: > 2 } n && messaggio.Contains(n.Trim(), StringComparison.OrdinalIgnoreCase)).Chiave ?? "";
    }

    internal static string Richiesto(string? valore, ModelStateDictionary errori, string campo, string messaggio)
    {
        if (string.IsNullOrWhiteSpace(valore))
        {
            errori.AddModelError(campo, messaggio);
        }

        return valore?.Trim() ?? "";
    }
}

/// <summary>The votes of one candidate for presidente in the fascia's tabellina.</summary>
public sealed class RigaVotiCandidato
{
    public string? Candidato { get; set; }

    public string? Voti { get; set; }

    public bool Vuota => string.IsNullOrWhiteSpace(Candidato) && string.IsNullOrWhiteSpace(Voti);
}

/// <summary>
/// The tabellina of one fascia for the presidente's ballot (L. 56/2014, art. 1, commi 58-61: one vote per
/// ballot for one candidate, weighted by the fascia's index as commi 33-34 say): electors, voters, blank and
/// void ballots, the votes of each candidate by name. The service checks the sums against the electorate
/// and the admitted candidates.
/// </summary>
public sealed class ModuloScrutinioPresidente
{
    public const string Prefisso = "Modulo";

    public string? Fascia { get; set; }

    public string? Elettori { get; set; }

    public string? Votanti { get; set; }

    public string? SchedeBianche { get; set; }

    public string? SchedeNulle { get; set; }

    public List<RigaVotiCandidato> Candidati { get; set; } = [];

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
        foreach (var (riga, i) in Candidati.Select((r, i) => (r, i)).Where(x => !x.r.Vuota))
        {
            var nome = ModuloCandidaturaPresidente.Richiesto(riga.Candidato, errori, $"{Prefisso}.Candidati[{i}].Candidato", "Indicare il candidato.");
            var n = Numero(riga.Voti, errori, $"{Prefisso}.Candidati[{i}].Voti");
            if (nome.Length > 0 && !voti.TryAdd(nome, n))
            {
                errori.AddModelError($"{Prefisso}.Candidati[{i}].Candidato", $"«{nome}» compare già in una riga precedente.");
            }
        }

        if (voti.Count == 0)
        {
            errori.AddModelError($"{Prefisso}.Candidati", "Indicare i voti di almeno un candidato.");
        }

        return errori.ErrorCount == prima
            ? new ScrutinioInput(fascia, elettori, votanti, bianche, nulle, voti, new Dictionary<string, IReadOnlyDictionary<string, int>>())
            : null;
    }

    /// <summary>The field a refusal concerns: the row of the candidate it quotes, the electors, the voters.</summary>
    public string Campo(string messaggio) =>
        Candidati.Select((r, i) => (r.Candidato, Chiave: $"{Prefisso}.Candidati[{i}].Candidato"))
            .FirstOrDefault(x => x.Candidato is { Length: > 0 } c && messaggio.Contains($"\"{c.Trim()}\"", StringComparison.Ordinal)).Chiave
        ?? (messaggio.Contains("elettori iscritti, il corpo elettorale", StringComparison.Ordinal) ? $"{Prefisso}.Elettori"
            : messaggio.Contains("votanti", StringComparison.OrdinalIgnoreCase) ? $"{Prefisso}.Votanti"
            : "");

    private static int Numero(string? testo, ModelStateDictionary errori, string campo)
    {
        if (int.TryParse(testo?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errori.AddModelError(campo, string.IsNullOrWhiteSpace(testo) ? "Indicare il numero (0 se nessuno)." : $"«{testo.Trim()}» non è un numero intero non negativo.");
        return 0;
    }
}
