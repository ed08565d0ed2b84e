using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>The tornate still to come, for a prefettura to convene the comunali of its comuni in one of them.</summary>
public sealed record TornataToCome(long Id, string Name, Calendars.Derivation.VotingDays VotingDays);

/// <summary>
/// A prefettura's tornate: those whose vote is still to come, each with the link to add the
/// comunali of its province's comuni. The tornata itself (its date) is the Minister's, created by the amministratore.
/// </summary>
public sealed class TornateProvinciaModel(EnteAccess access, NpgsqlDataSource dataSource, IClock clock) : PageModel
{
    [FromRoute]
    public string Provincia { get; set; } = "";

    public ProvinciaShown Province { get; private set; } = null!;

    public IReadOnlyList<TornataToCome> Tornate { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ProvinciaAccess.FindAsync(User, Provincia, access, dataSource, cancellationToken) is not { } province)
        {
            return Forbid();
        }

        Province = province;
        var today = clock.GetCurrentInstant().InZone(RomeTime.Zone).Date;
        await using var db = ScadenzarioDb.Create(dataSource);
        var tornate = await db.Tornate.AsNoTracking().OrderBy(t => t.Id).Select(t => new TornataToCome(t.Id, t.Name, t.VotingDays)).ToListAsync(cancellationToken);
        Tornate = [.. tornate.Where(t => t.VotingDays[0] > today).OrderBy(t => t.VotingDays[0])];
        return Page();
    }
}
