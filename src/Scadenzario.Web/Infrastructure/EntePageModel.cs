using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Web.Infrastructure;

/// <summary>A page about one ente (route value <c>ente</c>): refuses, with 403, an ente the user may not see.</summary>
public abstract class EntePageModel(EnteAccess access, EnteDirectory directory, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ente")]
    public string Ente { get; set; } = "";

    public string EnteName { get; private set; } = "";

    public bool CanAct { get; private set; }

    public Instant Now { get; } = clock.GetCurrentInstant();

    public LocalDate Today => RomeTime.InRome(Now).Date;

    protected EnteAccess Access => access;

    /// <summary>Null when the user may see the ente; otherwise the result to return.</summary>
    protected async Task<IActionResult?> CheckAccessAsync(CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(User, Ente, cancellationToken))
        {
            return Forbid();
        }

        EnteName = (await directory.FindAsync(Ente, cancellationToken))!.Name;
        CanAct = await access.CanActAsync(User, Ente, cancellationToken);
        return null;
    }
}
