using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Web.Features.Amministrazione;

/// <summary>The tornate and the calendar version of their adempimenti against the program's; only an amministratore reaches it.</summary>
public sealed class TornateModel(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock) : PageModel
{
    public IReadOnlyList<TornataRulesStatus> Tornate { get; private set; } = [];

    public string ProgramVersion => calendars.Version;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tornate = await new TornataRulesSync(dataSource, calendars, clock).ListAsync(cancellationToken);
}
