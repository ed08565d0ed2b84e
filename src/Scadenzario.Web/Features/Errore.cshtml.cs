using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Scadenzario.Web.Features;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErroreModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    // Re-executed error pages keep the original method: a refused POST shows the same page.
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            403 => ("Accesso non consentito", "Il suo account non è abilitato a consultare questa pagina: contiene dati di un ente diverso dal suo."),
            404 => ("Pagina non trovata", "La pagina richiesta non esiste o non è visibile con il suo account."),
            400 => ("Richiesta non valida", "La richiesta non è stata accettata: ricaricare la pagina e riprovare."),
            _ => ("Errore", "Si è verificato un errore imprevisto. Riprovare tra qualche minuto; se il problema persiste, contattare l'amministratore."),
        };
    }
}
