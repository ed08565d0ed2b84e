using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Data.Limits;

namespace Scadenzario.Web.Features;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErroreModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet() => (Title, Message) = Describe(Code);

    // Re-executed error pages keep the original method: a refused POST shows the same page.
    public void OnPost() => (Title, Message) = Describe(Code);

    // Read from the route, not bound: binding a parameter reads the refused form too, and the form
    // too large to read made the code 0 and the page a generic error.
    private int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : StatusCodes.Status500InternalServerError;

    /// <summary>What the error page says for a status: this page and the one written without the database (<see cref="ErroreSenzaDatabase"/>).</summary>
    public static (string Title, string Message) Describe(int code) => code switch
    {
        403 => ("Accesso non consentito", "Il suo account non è abilitato a consultare questa pagina: contiene dati di un ente diverso dal suo."),
        404 => ("Pagina non trovata", "La pagina richiesta non esiste o non è visibile con il suo account."),
        400 => ("Richiesta non valida", "La richiesta non è stata accettata: ricaricare la pagina e riprovare."),
        405 => ("Richiesta non valida", "La pagina non accetta questo tipo di richiesta: ricaricarla e riprovare."),
        413 => ("Richiesta troppo grande", $"Il modulo inviato è troppo grande: ogni file può avere al più {InputLimits.MaxUploadBytes / 1024} kB e se ne può inviare uno per volta. Nulla è stato salvato."),
        503 => ("Servizio non disponibile", "Il servizio non riesce a raggiungere il proprio archivio: nulla è stato salvato. Riprovare tra qualche minuto; se il problema persiste, contattare l'amministratore."),
        _ => ("Errore", "Si è verificato un errore imprevisto. Riprovare tra qualche minuto; se il problema persiste, contattare l'amministratore."),
    };
}
