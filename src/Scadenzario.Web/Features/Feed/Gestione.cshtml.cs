using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Feed;

/// <summary>The subscription URL of an ente's calendar: create it, copy it, revoke it.</summary>
public sealed class GestioneModel(EnteAccess access, EnteDirectory directory, IClock clock, FeedTokens tokens) : EntePageModel(access, directory, clock)
{
    public FeedToken? Token { get; private set; }

    /// <summary>The reminder chosen for a new address: days before each deadline, or none.</summary>
    [BindProperty]
    public short? Promemoria { get; set; }

    public string? FeedUrl => Token is null ? null : $"{Request.Scheme}://{Request.Host}/feed/{Token.Token}.ics";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Token = await tokens.FindAsync(Ente, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRinnovaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!CanAct)
        {
            return Forbid();
        }

        if (Promemoria is { } days && !FeedTokens.AlarmChoices.Contains(days))
        {
            return BadRequest();
        }

        await tokens.RenewAsync(Ente, EnteAccess.ActorName(User), Promemoria, cancellationToken);
        TempData["Esito"] = "Nuovo indirizzo creato: l'indirizzo precedente non funziona più.";
        return RedirectToPage(new { ente = Ente });
    }

    public async Task<IActionResult> OnPostRevocaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!CanAct)
        {
            return Forbid();
        }

        await tokens.RevokeAsync(Ente, cancellationToken);
        TempData["Esito"] = "Indirizzo revocato: i calendari iscritti non riceveranno più aggiornamenti.";
        return RedirectToPage(new { ente = Ente });
    }
}
