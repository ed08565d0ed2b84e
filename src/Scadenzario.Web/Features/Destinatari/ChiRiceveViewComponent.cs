using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Scadenzario.Data.Recipients;

namespace Scadenzario.Web.Features.Destinatari;

/// <summary>Who receives what of an ente's automated messages, as <see cref="RecipientBook"/> decides it.</summary>
public sealed record ChiRiceve(string Ente, IReadOnlyList<Receiver> Receivers, string? Prefettura, int PrefetturaAddresses);

/// <summary>
/// The "who receives what" section of an ente's pages: <c>@await Component.InvokeAsync("ChiRiceve", new { ente })</c>
/// on a page that has already checked that the user may see the ente.
/// </summary>
public sealed class ChiRiceveViewComponent(NpgsqlDataSource dataSource) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string ente)
    {
        var book = await RecipientBook.LoadAsync(dataSource, [ente], HttpContext.RequestAborted);
        var prefettura = book.PrefetturaOf(ente);
        var model = new ChiRiceve(
            ente,
            book.DescribeEnte(ente),
            prefettura is null ? null : book.PrefetturaName(prefettura),
            prefettura is null ? 0 : book.ForPrefettura(prefettura, NotificationKind.Sollecito).Count);
        return View("/Features/Destinatari/_ChiRiceve.cshtml", model);
    }
}
