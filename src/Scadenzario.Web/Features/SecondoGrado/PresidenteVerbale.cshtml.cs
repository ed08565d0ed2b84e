using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The verbale of the proclamation of the presidente exactly as issued (its own document, with the print
/// rules it carries), or as plain text; 404 before the proclamation.
/// </summary>
public sealed class PresidenteVerbaleModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    public async Task<IActionResult> OnGetAsync(string? formato, CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Ufficio is null)
        {
            return NotFound();
        }

        try
        {
            return formato == "testo"
                ? Content(await Service.GetVerbalePresidente.HandleAsync(new(Ufficio.Id, FormatoVerbale.Testo), cancellationToken), "text/plain; charset=utf-8")
                : Content(await Service.GetVerbalePresidente.HandleAsync(new(Ufficio.Id, FormatoVerbale.Html), cancellationToken), "text/html; charset=utf-8");
        }
        catch (Data.DomainException)
        {
            return NotFound();
        }
    }
}
