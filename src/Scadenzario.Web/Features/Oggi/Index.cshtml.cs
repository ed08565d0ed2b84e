using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Oggi;

public sealed class IndexModel(EnteAccess access, EnteDirectory directory, IClock clock, EnteDayQuery query) : EntePageModel(access, directory, clock)
{
    public EnteDayList Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        Result = await query.RunAsync(Ente, cancellationToken: cancellationToken);
        return Page();
    }
}
