using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scadenzario.Data.Limits;
using Scadenzario.Jobs;
using Scadenzario.Jobs.Account;

namespace Scadenzario.Web.Features.Account;

/// <summary>
/// Asks for a link to choose a new password. The answer is the same whether or not the name or
/// address belongs to an account, has an email address, or is disabled: the page must not tell a
/// stranger which accounts exist. Attempts count towards the login limit per address (LoginThrottle).
/// </summary>
[AllowAnonymous]
public sealed class RecuperoModel(PasswordResets resets, AccountsDb db, IConfiguration configuration, IClock clock) : PageModel
{
    public const string Answer = "Richiesta ricevuta. Se il nome o l'indirizzo indicato corrisponde a un account con un indirizzo email, entro pochi minuti vi arriva un messaggio con il collegamento per scegliere una nuova password. Se non arriva, controllare la posta indesiderata o rivolgersi all'amministratore.";

    // An email address may be longer than a user name (RFC 5321: 254 characters).
    private static readonly TextLimit Typed = new("Il nome utente o l'indirizzo email", 254, Multiline: false);

    [BindProperty]
    public string? NomeOEmail { get; set; }

    public string? Error { get; private set; }

    public bool Sent { get; private set; }

    public long Minutes => (long)PasswordResets.Lifetime.TotalMinutes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(NomeOEmail))
        {
            Error = "Indicare il nome utente o l'indirizzo email.";
            return Page();
        }

        if (InputLimits.Problem(NomeOEmail.Trim(), Typed) is { } problem)
        {
            Error = problem;
            return Page();
        }

        await PasswordResetRequest.SendAsync(resets, db, JobsOptions.FromConfiguration(configuration), clock, NomeOEmail, cancellationToken);
        Sent = true;
        return Page();
    }
}
