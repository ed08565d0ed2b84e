using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Npgsql;
using Scadenzario.Accounts;
using Scadenzario.Data.Recipients;

namespace Scadenzario.Web.Features.Account;

/// <summary>
/// Each person's choice of the automated messages they receive, for every role: the page every
/// message links to. Plain form, no script. The messages offered are those the role can receive
/// (<see cref="NotificationKinds"/>); a choice the role cannot make keeps its stored value.
/// </summary>
public sealed class NotificheModel(UserManager<WebUser> users, NpgsqlDataSource dataSource, IClock clock) : PageModel
{
    private readonly NotificationSettingsStore store = new(dataSource, clock);

    [BindProperty]
    public bool Riepilogo { get; set; }

    [BindProperty]
    public bool Urgente { get; set; }

    [BindProperty]
    public bool Sollecito { get; set; }

    [BindProperty]
    public bool Rinvio { get; set; }

    public string? Email { get; private set; }

    public bool IsPrefettura { get; private set; }

    /// <summary>An amministratore works for no ente: no job about acts writes to them (only the outbox's notice of undelivered mail).</summary>
    public bool HasEnte { get; private set; }

    public IReadOnlyList<NotificationKind> Kinds => IsPrefettura ? NotificationKinds.ForPrefettura : NotificationKinds.ForOffice;

    public string? Error { get; private set; }

    public bool Chosen(NotificationKind kind) => kind switch
    {
        NotificationKind.Riepilogo => Riepilogo,
        NotificationKind.Urgente => Urgente,
        NotificationKind.Sollecito => Sollecito,
        _ => Rinvio,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user)
        {
            return Forbid();
        }

        Show(await store.GetAsync(user.Id, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user)
        {
            return Forbid();
        }

        var stored = await store.GetAsync(user.Id, cancellationToken);
        if (!ModelState.IsValid || !HasEnte)
        {
            Error = HasEnte
                ? "Scelta non valida: segnare o lasciare vuota ciascuna casella, poi salvare. Nulla è stato cambiato."
                : "Un amministratore non lavora per un ente e non riceve i messaggi degli adempimenti: non c'è nulla da salvare.";
            Show(stored);
            return Page();
        }

        var offered = Kinds;
        var chosen = new NotificationSettings(
            offered.Contains(NotificationKind.Riepilogo) ? Riepilogo : stored.Riepilogo,
            offered.Contains(NotificationKind.Urgente) ? Urgente : stored.Urgente,
            offered.Contains(NotificationKind.Sollecito) ? Sollecito : stored.Sollecito,
            offered.Contains(NotificationKind.Rinvio) ? Rinvio : stored.Rinvio);
        await store.SaveAsync(user.Id, chosen, cancellationToken);
        TempData["Esito"] = "Preferenze salvate.";
        return RedirectToPage();
    }

    private async Task<WebUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        Email = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email.Trim();
        IsPrefettura = User.IsInRole(Roles.Prefettura);
        HasEnte = user.EnteCode is not null;
        return user;
    }

    private void Show(NotificationSettings settings)
    {
        Riepilogo = settings.Riepilogo;
        Urgente = settings.Urgente;
        Sollecito = settings.Sollecito;
        Rinvio = settings.Rinvio;
    }
}
