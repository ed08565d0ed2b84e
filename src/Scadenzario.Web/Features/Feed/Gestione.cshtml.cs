using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Feed;

/// <summary>The subscription URL of an ente's calendar: create it, copy it, revoke it.</summary>
public sealed class GestioneModel(EnteAccess access, EnteDirectory directory, IClock clock, FeedTokens tokens, FeedUrls urls) : EntePageModel(access, directory, clock)
{
    public FeedToken? Token { get; private set; }

    /// <summary>The reminder chosen for a new address: days before each deadline, or none.</summary>
    [BindProperty]
    public short? Promemoria { get; set; }

    /// <summary>
    /// The secret address, shown to the ente's own offices only: a prefettura watching the comune,
    /// or an amministratore, sees that an address exists but not the address. Whoever holds it reads
    /// the ente's calendar without signing in.
    /// </summary>
    public string? FeedUrl => Token is not null && MaySeeAddress ? urls.Subscription(Token.Token) : null;

    public bool MaySeeAddress => EnteAccess.EnteOf(User) == Ente && !User.IsInRole(Roles.Prefettura) && !EnteAccess.IsAdmin(User);

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
