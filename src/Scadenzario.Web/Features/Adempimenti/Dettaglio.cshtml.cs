using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>One act: what it is, its legal basis, the completion form, reopening, and its history.</summary>
public sealed class DettaglioModel(EnteAccess access, DettaglioQuery query, AdempimentiService service, IClock clock) : PageModel
{
    public Dettaglio Result { get; private set; } = null!;

    public bool CanAct { get; private set; }

    public Instant Now { get; } = clock.GetCurrentInstant();

    public LocalDate Today => RomeTime.InRome(Now).Date;

    [BindProperty]
    public string? Protocollo { get; set; }

    [BindProperty]
    public string? Nota { get; set; }

    [BindProperty]
    public string? Motivo { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCompletaAsync(long id, CancellationToken cancellationToken) =>
        await ChangeAsync(id, "Adempimento completato.", cancellationToken,
            enteCode => service.CompleteAsync(id, enteCode, EnteAccess.ActorName(User), Protocollo, Nota, cancellationToken));

    public async Task<IActionResult> OnPostRiapriAsync(long id, CancellationToken cancellationToken) =>
        await ChangeAsync(id, "Adempimento riaperto.", cancellationToken,
            enteCode => service.ReopenAsync(id, enteCode, EnteAccess.ActorName(User), Motivo ?? "", cancellationToken));

    private async Task<IActionResult> ChangeAsync(long id, string done, CancellationToken cancellationToken, Func<string, Task> change)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanAct)
        {
            return Forbid();
        }

        try
        {
            await change(Result.Task.EnteCode);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Esito"] = done;
        return RedirectToPage(new { id });
    }

    // Another ente's act answers 404, as a missing one: its existence is not disclosed.
    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var ente = await query.EnteOfAsync(id, cancellationToken);
        if (ente is null || !await access.CanSeeAsync(User, ente, cancellationToken))
        {
            return NotFound();
        }

        Result = (await query.RunAsync(id, cancellationToken))!;
        CanAct = await access.CanActAsync(User, ente, cancellationToken);
        return null;
    }
}
