using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs;
using Scadenzario.Jobs.Sollecito;
using Scadenzario.Web.Features.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Prefettura;

/// <summary>
/// The prefettura reminds a late comune of one overdue act: the page shows the act, to whom the
/// message will go, the earlier solleciti, and a note to add; sending is <see cref="Solleciti.SendAsync"/>,
/// which writes the message to the outbox and the act's history together.
/// </summary>
public sealed class SollecitoModel(
    EnteAccess access, EnteDirectory directory, DettaglioQuery query, NpgsqlDataSource dataSource, CalendarSet calendars, IConfiguration configuration, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "provincia")]
    public string Provincia { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public string? Nota { get; set; }

    public string ProvinceName { get; private set; } = "";

    public Dettaglio Result { get; private set; } = null!;

    public IReadOnlyList<string> Recipients { get; private set; } = [];

    public ActState State { get; private set; }

    public IReadOnlyList<Data.Model.AdempimentoAudit> Earlier => [.. Result.History.Where(h => h.Action == Data.Model.AuditAction.Sollecitato).Reverse()];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Nota is { Length: > Solleciti.MaxNote })
        {
            ModelState.AddModelError(nameof(Nota), $"La nota è troppo lunga: al massimo {Solleciti.MaxNote} caratteri.");
            return Page();
        }

        try
        {
            var sent = await Solleciti.SendAsync(dataSource, calendars, JobsOptions.FromConfiguration(configuration), Id, EnteAccess.ActorName(User), Nota, clock.GetCurrentInstant(), cancellationToken);
            TempData["Esito"] = $"Sollecito inviato a {Result.EnteName} per «{Result.Task.Title}»: {string.Join(", ", sent.Recipients)}.";
            return Redirect($"/adempimenti/{Id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    // An act of another province, or of a comune the user may not remind, answers 404 as a missing one.
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Provincia = Provincia.ToUpperInvariant();
        if (!await access.CanSeeProvinceAsync(User, Provincia, cancellationToken))
        {
            return Forbid();
        }

        var ente = await query.EnteOfAsync(Id, cancellationToken);
        var info = ente is null ? null : await directory.FindAsync(ente, cancellationToken);
        if (ente is null || info?.ProvinceCode != Provincia || !await access.CanSollecitareAsync(User, ente, cancellationToken))
        {
            return NotFound();
        }

        ProvinceName = (await directory.FindAsync(Provincia, cancellationToken))!.Name;
        Result = (await query.RunAsync(Id, cancellationToken))!;
        State = ActStates.Of(Result.Task, ActClock.Of(clock));
        var book = await RecipientBook.LoadForEnteAsync(dataSource, ente, cancellationToken);
        Recipients = book.ForEnte(ente, NotificationKind.Urgente);
        return null;
    }
}
