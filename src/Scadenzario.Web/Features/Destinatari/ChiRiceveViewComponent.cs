using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Recipients;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Destinatari;

/// <summary>
/// Who receives what of an ente's automated messages, as <see cref="RecipientBook"/> decides it, and
/// (when <see cref="Contacts"/> is set) the ente's contacts with the link to change them.
/// </summary>
public sealed record ChiRiceve(string Ente, IReadOnlyList<Receiver> Receivers, string? Prefettura, int PrefetturaAddresses)
{
    public ContactCard? Contacts { get; init; }

    public bool CanEditContacts { get; init; }
}

/// <summary>
/// The "who receives what" section of an ente's pages: <c>@await Component.InvokeAsync("ChiRiceve", new { ente })</c>
/// on a page that has already checked that the user may see the ente. Read at every request, never
/// cached: a contact changed a moment ago shows at once.
/// </summary>
public sealed class ChiRiceveViewComponent(NpgsqlDataSource dataSource, EnteAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string ente, bool contatti = true)
    {
        var (book, contacts) = await RecipientBook.LoadForEnteAsync(dataSource, ente, contatti, HttpContext.RequestAborted);
        var prefettura = book.PrefetturaOf(ente);
        var model = new ChiRiceve(
            ente,
            book.DescribeEnte(ente),
            prefettura is null ? null : book.PrefetturaName(prefettura),
            prefettura is null ? 0 : book.ForPrefettura(prefettura, NotificationKind.Sollecito).Count)
        {
            Contacts = contacts,
            CanEditContacts = contatti && await access.CanEditContactsAsync(UserClaimsPrincipal, ente, HttpContext.RequestAborted),
        };
        return View("/Features/Destinatari/_ChiRiceve.cshtml", model);
    }
}
