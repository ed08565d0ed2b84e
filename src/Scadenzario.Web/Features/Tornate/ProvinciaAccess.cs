using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Model;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>The province a prefettura convenes the comunali of, as its pages need it.</summary>
public sealed record ProvinciaShown(string Code, string Name, bool SpecialStatute);

/// <summary>
/// Who may convene the comizi of a province's comuni from the web: its prefettura (art. 3 L. 182/1991,
/// as replaced by art. 4 L. 81/1993: the Minister fixes the date "e la comunica ai prefetti perché
/// provvedano alla convocazione dei comizi"; art. 18 d.P.R. 570/1960) and the amministratore. The
/// province is read once here, with whether its region has a special statute (there the Region sets the comunali).
/// </summary>
public static class ProvinciaAccess
{
    /// <summary>The province when <paramref name="user"/> may act for it; null when not (the caller answers 403).</summary>
    public static async Task<ProvinciaShown?> FindAsync(
        ClaimsPrincipal user, string provincia, EnteAccess access, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!(EnteAccess.IsAdmin(user) || user.IsInRole(Roles.Prefettura)) || !await access.CanSeeProvinceAsync(user, provincia, cancellationToken))
        {
            return null;
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        return await db.Enti.AsNoTracking().Where(e => e.Code == provincia && e.Kind != EnteKinds.Comune)
            .Select(e => new ProvinciaShown(e.Code, e.Name, e.SpecialStatute)).SingleOrDefaultAsync(cancellationToken);
    }
}
