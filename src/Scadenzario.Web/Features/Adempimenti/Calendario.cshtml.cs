using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>
/// The calendar of an ente's tornata: by day as the seed calendars list it (<c>vista=elenco</c>, the
/// default), or as a month grid (<c>vista=mese&amp;mese=2024-06</c>, today's month by default). Both
/// have an anchor on today.
/// </summary>
public sealed class CalendarioModel(EnteAccess access, EnteDirectory directory, IClock clock, CronoprogrammaQuery query) : EntePageModel(access, directory, clock)
{
    [BindProperty(SupportsGet = true, Name = "tornata")]
    public long? TornataId { get; set; }

    [BindProperty(SupportsGet = true, Name = "vista")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "mese")]
    public string? MonthText { get; set; }

    public Cronoprogramma Result { get; private set; } = null!;

    /// <summary>The month shown, in the month view; null in the list view.</summary>
    public CalendarioMese? Month { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (View != "mese")
        {
            Result = await query.RunAsync(Ente, TornataId, allTornate: false, cancellationToken);
            return Page();
        }

        var month = Today.ToYearMonth();
        if (!string.IsNullOrWhiteSpace(MonthText))
        {
            var parsed = CalendarioMese.Pattern.Parse(MonthText.Trim());
            if (parsed.Success)
            {
                month = parsed.Value;
            }
            else
            {
                ModelState.AddModelError(nameof(MonthText), "Il mese richiesto non è valido: è mostrato il mese corrente.");
            }
        }

        // Only the month's acts are read: the grid shows nothing else.
        Result = await query.RunAsync(Ente, TornataId, allTornate: false, cancellationToken, month.ToDateInterval());
        Month = CalendarioMese.Of(month, Today, Result.Tasks);
        return Page();
    }

    /// <summary>This page in <paramref name="view"/> (at <paramref name="month"/>), keeping the chosen tornata.</summary>
    public string Link(string view, YearMonth? month = null)
    {
        var query = new List<string>();
        if (TornataId is { } tornata)
        {
            query.Add($"tornata={tornata}");
        }

        if (view == "mese")
        {
            query.Add("vista=mese");
            if (month is { } m)
            {
                query.Add($"mese={CalendarioMese.Pattern.Format(m)}");
            }
        }

        return $"/enti/{Ente}/calendario" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    /// <summary>Where "oggi" is: on this page when it shows today, else today's month.</summary>
    public string TodayLink => Month is { HasToday: false } ? Link("mese", Today.ToYearMonth()) + "#oggi" : "#oggi";
}
