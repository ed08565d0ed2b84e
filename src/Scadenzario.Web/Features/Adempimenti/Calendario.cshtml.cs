using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>The calendar by day of an ente's tornata, as the seed calendars list it.</summary>
public sealed class CalendarioModel(EnteAccess access, EnteDirectory directory, IClock clock, CronoprogrammaQuery query) : EntePageModel(access, directory, clock)
{
    [BindProperty(SupportsGet = true, Name = "tornata")]
    public long? TornataId { get; set; }

    public Cronoprogramma Result { get; private set; } = null!;

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
