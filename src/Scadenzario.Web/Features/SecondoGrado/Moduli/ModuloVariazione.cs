using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// A change of the electorate between the 35th day and the day before the vote (L. 56/2014, art. 1,
/// comma 26 and circ. 32/2014): who leaves office, who takes a seat by surroga, a council dissolved.
/// The form checks what each field says on its own; the service checks the period and the council.
/// </summary>
public sealed class ModuloVariazione
{
    public const string Prefisso = "Variazione";

    public string? Comune { get; set; }

    public string? Giorno { get; set; }

    public string Tipo { get; set; } = "cessazione";

    public string? Motivo { get; set; }

    public long? Amministratore { get; set; }

    public string? Nome { get; set; }

    public string? Sesso { get; set; }

    public string? Nascita { get; set; }

    public VariazioneInput? Leggi(ModelStateDictionary errori)
    {
        var prima = errori.ErrorCount;
        if (string.IsNullOrWhiteSpace(Comune))
        {
            errori.AddModelError($"{Prefisso}.Comune", "Indicare il comune della variazione.");
        }

        var giorno = RigaPersona.LeggiGiorno(Giorno, errori, $"{Prefisso}.Giorno", "il giorno della variazione");
        TipoVariazione? tipo = Tipo switch
        {
            "cessazione" => TipoVariazione.Cessazione,
            "subentro" => TipoVariazione.Subentro,
            "commissariamento" => TipoVariazione.Commissariamento,
            _ => null,
        };
        if (tipo is null)
        {
            errori.AddModelError($"{Prefisso}.Tipo", "Scegliere il tipo di variazione.");
        }

        if (string.IsNullOrWhiteSpace(Motivo))
        {
            errori.AddModelError($"{Prefisso}.Motivo", "Indicare il motivo della variazione (es. dimissioni del consigliere, delibera di surroga).");
        }

        if (tipo == TipoVariazione.Cessazione && Amministratore is null)
        {
            errori.AddModelError($"{Prefisso}.Amministratore", "Per una cessazione indicare l'identificativo dell'amministratore (elenco degli amministratori del comune).");
        }

        AmministratoreInput? subentrante = null;
        if (tipo == TipoVariazione.Subentro)
        {
            var riga = new RigaPersona { Nome = Nome, Sesso = Sesso, DataNascita = Nascita };
            var chiave = $"{Prefisso}.Subentrante";
            var persona = new AmministratoreInput(riga.LeggiNome(errori, chiave), riga.LeggiSesso(errori, chiave), riga.LeggiData(errori, chiave), Cariche.Consigliere);
            Sposta(errori, $"{chiave}.Nome", $"{Prefisso}.Nome");
            Sposta(errori, $"{chiave}.Sesso", $"{Prefisso}.Sesso");
            Sposta(errori, $"{chiave}.DataNascita", $"{Prefisso}.Nascita");
            subentrante = persona;
        }

        return errori.ErrorCount == prima
            ? new VariazioneInput(Comune!.Trim(), giorno, tipo!.Value, Motivo!.Trim(), tipo == TipoVariazione.Cessazione ? Amministratore : null, subentrante)
            : null;
    }

    /// <summary>The field a refusal of the service concerns; empty for the form as a whole (the voting day is past).</summary>
    public static string Campo(string messaggio) =>
        messaggio.Contains("fuori dal periodo", StringComparison.Ordinal) || messaggio.Contains("data futura", StringComparison.Ordinal) ? $"{Prefisso}.Giorno"
        : messaggio.Contains("motivo", StringComparison.OrdinalIgnoreCase) ? $"{Prefisso}.Motivo"
        : messaggio.Contains("identificativo", StringComparison.Ordinal) ? $"{Prefisso}.Amministratore"
        : messaggio.Contains("subentr", StringComparison.Ordinal) || messaggio.Contains("al completo", StringComparison.Ordinal) ? $"{Prefisso}.Nome"
        : messaggio.Contains("attestazione", StringComparison.Ordinal) || messaggio.Contains("sciolto", StringComparison.Ordinal)
            || messaggio.Contains("territorio", StringComparison.Ordinal) || messaggio.Contains("sconosciuto", StringComparison.Ordinal) ? $"{Prefisso}.Comune"
        : "";

    /// <summary>The person's checks are a row's; their messages go on this form's own field names.</summary>
    private static void Sposta(ModelStateDictionary errori, string da, string a)
    {
        if (errori.TryGetValue(da, out var entry) && entry.Errors.Count > 0)
        {
            foreach (var e in entry.Errors)
            {
                errori.AddModelError(a, e.ErrorMessage);
            }

            errori.Remove(da);
        }
    }
}
