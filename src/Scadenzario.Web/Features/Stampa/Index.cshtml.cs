using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Web.Features.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Stampa;

/// <summary>The cronoprogramma of an ente's tornata as a clean A4 page.</summary>
public sealed class IndexModel(EnteAccess access, EnteDirectory directory, IClock clock, CronoprogrammaQuery query, CalendarSet calendars) : EntePageModel(access, directory, clock)
{
    [BindProperty(SupportsGet = true, Name = "tornata")]
    public long? TornataId { get; set; }

    public Cronoprogramma Result { get; private set; } = null!;

    public string ActorLabel(string actor) => calendars.ActorLabel(actor);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Result = await query.RunAsync(Ente, TornataId, allTornate: false, cancellationToken);
        return Page();
    }
}
