using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scadenzario.Data.Limits;
using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>A candidate's row: a person of the electorate with the comune and the office they hold (comma 29).</summary>
public sealed class RigaCandidato : RigaPersona
{
    public string? Comune { get; set; }

    public string? Carica { get; set; }

    // The office alone is a default of the select, not something typed.
    public override bool Vuota => base.Vuota && string.IsNullOrWhiteSpace(Comune);
}

/// <summary>A signer's row: who signed, matched against the electorate, and the day the signature was authenticated.</summary>
public sealed class RigaSottoscrizione
{
    public string? Nome { get; set; }

    public string? DataNascita { get; set; }

    public string? Comune { get; set; }

    public string? Autenticata { get; set; }

    public bool Vuota => new[] { Nome, DataNascita, Comune, Autenticata }.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// A list as filed, by form: its name, the candidates in the order of presentation (at most one per
/// seat), the signatures (5% of the electors: L. 56/2014, art. 1, comma 26 for the metropolitan council,
/// comma 70 for the provincial one). Rows left empty are skipped; the service decides whether the list is
/// acceptable.
/// </summary>
public sealed class ModuloLista
{
    public const string Prefisso = "Modulo";

    /// <summary>Fields of a candidate's and of a signer's row, to keep the form under the request's field limit.</summary>
    public const int CampiCandidato = 5;

    public const int CampiSottoscrizione = 4;

    public string? Nome { get; set; }

    public List<RigaCandidato> Candidati { get; set; } = [];

    public List<RigaSottoscrizione> Sottoscrizioni { get; set; } = [];

    /// <summary>How many signature rows a form with <paramref name="seggi"/> candidate rows can carry (the name, the token and the buttons aside).</summary>
    public static int MassimoSottoscrizioni(int seggi) => Math.Max((InputLimits.MaxFormFields - 10 - (seggi * CampiCandidato)) / CampiSottoscrizione, 0);

    public ListaInput? Leggi(ModelStateDictionary errori)
    {
        var prima = errori.ErrorCount;
        if (string.IsNullOrWhiteSpace(Nome))
        {
            errori.AddModelError($"{Prefisso}.Nome", "Indicare il nome (contrassegno) della lista.");
        }

        var candidati = new List<CandidatoInput>();
        foreach (var (riga, i) in Candidati.Select((r, i) => (r, i)).Where(x => !x.r.Vuota))
        {
            var chiave = $"{Prefisso}.Candidati[{i}]";
            candidati.Add(new CandidatoInput(
                riga.LeggiNome(errori, chiave), riga.LeggiSesso(errori, chiave), riga.LeggiData(errori, chiave),
                Richiesto(riga.Comune, errori, $"{chiave}.Comune", "Indicare il comune in cui il candidato è in carica."),
                riga.Carica is Cariche.Sindaco ? Cariche.Sindaco : Cariche.Consigliere));
        }

        if (candidati.Count == 0)
        {
            errori.AddModelError($"{Prefisso}.Candidati", "Indicare almeno un candidato.");
        }

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

        return errori.ErrorCount == prima ? new ListaInput(Nome!.Trim(), candidati, sottoscrizioni) : null;
    }

    /// <summary>
    /// The field a refusal of the service concerns: the list's name when it is about the name, the comune of
    /// the first row whose comune it quotes, the row of the person it quotes; empty for the form as a whole.
    /// </summary>
    public string Campo(string messaggio)
    {
        if (messaggio.Contains("è già registrata", StringComparison.Ordinal) || messaggio.Contains("nome (contrassegno)", StringComparison.Ordinal))
        {
            return $"{Prefisso}.Nome";
        }

        var comuni = Candidati.Select((r, i) => (r.Comune, Chiave: $"{Prefisso}.Candidati[{i}].Comune"))
            .Concat(Sottoscrizioni.Select((r, i) => (r.Comune, Chiave: $"{Prefisso}.Sottoscrizioni[{i}].Comune")));
        if (messaggio.Contains("comune", StringComparison.OrdinalIgnoreCase)
            && comuni.FirstOrDefault(x => x.Comune is { Length: > 0 } c && messaggio.Contains($"\"{c.Trim()}\"", StringComparison.OrdinalIgnoreCase)
                || x.Comune is { Length: > 0 } d && messaggio.Contains($"comune di {d.Trim()} ", StringComparison.OrdinalIgnoreCase)) is { Chiave: { } comune })
        {
            return comune;
        }

        var persone = Candidati.Select((r, i) => (Nome: r.Nome, Chiave: $"{Prefisso}.Candidati[{i}].Nome"))
            .Concat(Sottoscrizioni.Select((r, i) => (Nome: r.Nome, Chiave: $"{Prefisso}.Sottoscrizioni[{i}].Nome")));
        return persone.FirstOrDefault(x => x.Nome is { Length: > 2 } n && messaggio.Contains(n.Trim(), StringComparison.OrdinalIgnoreCase)).Chiave
            ?? (messaggio.Contains("candidat", StringComparison.OrdinalIgnoreCase) ? $"{Prefisso}.Candidati" : "");
    }

    private static string Richiesto(string? valore, ModelStateDictionary errori, string campo, string messaggio)
    {
        if (string.IsNullOrWhiteSpace(valore))
        {
            errori.AddModelError(campo, messaggio);
        }

        return valore?.Trim() ?? "";
    }
}
