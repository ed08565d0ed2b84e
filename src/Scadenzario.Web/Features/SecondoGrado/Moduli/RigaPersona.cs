using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using Scadenzario.Elezioni;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// A person typed in a row of a form (an amministratore, a candidate, a signer), as text: what the
/// person typed comes back on the page unchanged when something is wrong, and a row left empty is skipped.
/// </summary>
public class RigaPersona
{
    public string? Nome { get; set; }

    public string? Sesso { get; set; }

    public string? DataNascita { get; set; }

    public virtual bool Vuota => string.IsNullOrWhiteSpace(Nome) && string.IsNullOrWhiteSpace(Sesso) && string.IsNullOrWhiteSpace(DataNascita);

    public string NomePulito => Nome?.Trim() ?? "";

    /// <summary>The name, or a message on the field; <paramref name="chiave"/> is the row's prefix in the form.</summary>
    public string LeggiNome(ModelStateDictionary errori, string chiave)
    {
        if (string.IsNullOrWhiteSpace(Nome))
        {
            errori.AddModelError($"{chiave}.Nome", "Indicare nome e cognome.");
        }

        return NomePulito;
    }

    public Sesso LeggiSesso(ModelStateDictionary errori, string chiave)
    {
        switch (Sesso?.Trim().ToUpperInvariant())
        {
            case "M":
                return Elezioni.Sesso.M;
            case "F":
                return Elezioni.Sesso.F;
            default:
                errori.AddModelError($"{chiave}.Sesso", "Indicare il sesso (F o M).");
                return Elezioni.Sesso.F;
        }
    }

    public LocalDate LeggiData(ModelStateDictionary errori, string chiave) => LeggiGiorno(DataNascita, errori, $"{chiave}.DataNascita", "la data di nascita");

    public static LocalDate LeggiGiorno(string? testo, ModelStateDictionary errori, string campo, string cosa)
    {
        if (string.IsNullOrWhiteSpace(testo))
        {
            errori.AddModelError(campo, $"Indicare {cosa}.");
            return default;
        }

        if (Giorni.Leggi(testo) is { } giorno)
        {
            return giorno;
        }

        errori.AddModelError(campo, $"«{testo.Trim()}» non è una data: scrivere il giorno come GG/MM/AAAA.");
        return default;
    }
}
