using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Enti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Contatti;

/// <summary>
/// An ente's contacts (ufficio elettorale, PEC, sindaco, segretario, the prefettura's address) and
/// their history. The ente's own offices, its prefettura and the amministratore change them here;
/// the prefettura's own address only its users and the amministratore. A change of the segretario
/// can go, in the same save, to the other comuni with his address that the user may edit. Saving is
/// <see cref="ContactEditor"/>'s: the same checks as <c>enti contatti</c>, every change in the history.
/// </summary>
public sealed class IndexModel(EnteAccess access, EnteDirectory directory, NpgsqlDataSource dataSource, IClock clock) : EntePageModel(access, directory, clock)
{
    private readonly IClock clock = clock;

    public ContactCard Card { get; private set; } = null!;

    public IReadOnlyList<ContactChange> History { get; private set; } = [];

    /// <summary>Whether the user may change the contacts (else the page only shows them).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The fields the user may change, in the order of the form.</summary>
    public IReadOnlyList<ContactField> Editable { get; private set; } = [];

    /// <summary>The other comuni of the segretario that the user may also change, with whether they are chosen.</summary>
    public IReadOnlyList<(EnteName Ente, bool Chosen)> SegretarioAlso { get; private set; } = [];

    /// <summary>What the form shows: the stored values, or what the user typed when a field was refused.</summary>
    public Dictionary<ContactField, string?> Shown { get; } = [];

    public Dictionary<ContactField, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        foreach (var field in ContactFields.All)
        {
            Shown[field] = Card[field];
        }

        SegretarioAlso = [.. SegretarioAlso.Select(s => (s.Ente, true))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var typed = Editable.ToDictionary(f => f, f => Request.Form.TryGetValue(f.ToString(), out var v) ? v.ToString() : null);
        var chosen = Request.Form["segretarioAnche"].OfType<string>().ToHashSet(StringComparer.Ordinal);
        SegretarioAlso = [.. SegretarioAlso.Select(s => (s.Ente, chosen.Contains(s.Ente.Code)))];
        foreach (var field in ContactFields.All)
        {
            Shown[field] = typed.TryGetValue(field, out var value) ? value : Card[field];
        }

        var (_, errors) = ContactEditor.Validate(typed);
        if (errors.Count > 0)
        {
            Errors = errors.ToDictionary();
            return Page();
        }

        try
        {
            var also = SegretarioAlso.Where(s => s.Chosen).Select(s => s.Ente.Code).ToList();
            var saved = await ContactEditor.SaveAsync(dataSource, Ente, typed, also, EnteAccess.ActorName(User), clock.GetCurrentInstant(), cancellationToken);
            TempData["Esito"] = saved.Changed == 0 ? "Nessun contatto cambiato."
                : $"Contatti salvati ({(saved.Changed == 1 ? "1 modifica" : $"{saved.Changed} modifiche")})."
                  + (saved.SegretarioAlsoFor.Count == 0 ? "" : $" Il segretario è cambiato anche per: {string.Join(", ", saved.SegretarioAlsoFor.Select(e => e.Name))}.");
            return RedirectToPage(new { ente = Ente });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Card = (await ContactCard.LoadAsync(dataSource, Ente, cancellationToken))!;
        History = await ContactHistory.OfEnteAsync(dataSource, Ente, cancellationToken);
        CanEdit = await Access.CanEditContactsAsync(User, Ente, cancellationToken);
        Editable = !CanEdit ? [] : [.. ContactFields.All.Where(f => f != ContactField.EmailPrefettura || (Card.PrefetturaCode is not null && EnteAccess.CanEditPrefetturaAddress(User)))];
        var also = new List<(EnteName, bool)>();
        foreach (var other in Card.SegretarioAlsoFor)
        {
            if (await Access.CanEditContactsAsync(User, other.Code, cancellationToken))
            {
                also.Add((other, false));
            }
        }

        SegretarioAlso = also;
        return null;
    }
}
