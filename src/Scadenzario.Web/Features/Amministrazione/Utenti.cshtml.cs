using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Amministrazione;

/// <summary>
/// The accounts and their recent history; reset a password, unlock, disable. Only an
/// amministratore reaches it (the folder's policy asks EnteAccess).
/// </summary>
public sealed class UtentiModel(AccountAdministration accounts) : PageModel
{
    public IReadOnlyList<AccountSummary> Users { get; private set; } = [];

    public IReadOnlyList<AccountAuditEntry> History { get; private set; } = [];

    /// <summary>Set once, in the response to the reset: never stored, never redirected through a cookie.</summary>
    public (string UserName, string Password)? NewPassword { get; private set; }

    public string? Error { get; private set; }

    public string? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostReimpostaAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            var password = await accounts.ResetPasswordAsync(id, EnteAccess.ActorName(User), cancellationToken);
            NewPassword = (user, password);
            Outcome = $"Password di «{user}» reimpostata: le sessioni aperte con la password precedente si chiudono.";
        }, cancellationToken);

    public Task<IActionResult> OnPostSbloccaAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            await accounts.UnlockAsync(id, EnteAccess.ActorName(User), cancellationToken);
            Outcome = $"Account «{user}» sbloccato: può accedere di nuovo.";
        }, cancellationToken);

    public Task<IActionResult> OnPostDisattivaAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, async user =>
        {
            await accounts.DisableAsync(id, EnteAccess.ActorName(User), cancellationToken);
            Outcome = $"Account «{user}» disattivato: non può più accedere.";
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(string id, Func<string, Task> action, CancellationToken cancellationToken)
    {
        var user = await accounts.FindAsync(id ?? "");
        if (user is null)
        {
            return NotFound();
        }

        try
        {
            await action(user.UserName!);
        }
        catch (AccountException e)
        {
            Error = e.Message;
        }

        // The page may carry a password: no cache, no history entry a later visitor could reopen.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await accounts.ListAsync(cancellationToken);
        History = await accounts.HistoryAsync(20, cancellationToken);
    }
}
