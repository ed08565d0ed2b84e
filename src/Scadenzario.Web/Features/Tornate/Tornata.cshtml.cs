using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// One tornata: its days, the parameters of its decree, its consultations and enti, the calendar
/// version of its adempimenti, and the links to what the amministratore does on it.
/// </summary>
public sealed class TornataModel(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock) : TornataFormModel(clock)
{
    [FromRoute]
    public long Id { get; set; }

    public TornataOverview Tornata { get; private set; } = null!;

    public TornataRulesStatus Rules { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var rules = await new TornataRulesSync(dataSource, calendars, Clock).FindAsync(Id, cancellationToken);
        var overview = await TornataOverview.LoadAsync(dataSource, calendars, Id, cancellationToken);
        if (rules is null || overview is null)
        {
            return NotFound();
        }

        (Rules, Tornata) = (rules, overview);
        return Page();
    }
}
