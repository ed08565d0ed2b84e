using System.Security.Claims;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Infrastructure;

/// <summary>
/// The one place that decides which enti a user may see and act for; every page, API call and
/// feed-management action asks it. Comune roles see their comune, a prefettura the comuni of its
/// province (and the province itself), an ufficio elettorale metropolitano/provinciale its own
/// ente, an amministratore everything. Only the comune's own offices (and the amministratore)
/// change an act or record an event: a prefettura watches, it does not act for the comune.
/// </summary>
public sealed class EnteAccess(EnteDirectory directory)
{
    public static string? EnteOf(ClaimsPrincipal user) => user.FindFirstValue(ScadenzarioClaims.Ente);

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Amministratore);

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, string enteCode, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var ente = await directory.FindAsync(enteCode, cancellationToken);
        if (ente is null)
        {
            return false;
        }

        if (IsAdmin(user))
        {
            return true;
        }

        var own = EnteOf(user);
        if (own is null)
        {
            return false;
        }

        if (user.IsInRole(Roles.Prefettura))
        {
            return ente.Code == own || (ente.Kind == EnteKinds.Comune && ente.ProvinceCode == own);
        }

        return ente.Code == own && (user.IsInRole(Roles.Operatore) || user.IsInRole(Roles.Segretario) || user.IsInRole(Roles.UfficioProvinciale));
    }

    public async Task<bool> CanActAsync(ClaimsPrincipal user, string enteCode, CancellationToken cancellationToken = default)
    {
        if (!await CanSeeAsync(user, enteCode, cancellationToken))
        {
            return false;
        }

        return IsAdmin(user)
            || user.IsInRole(Roles.Operatore)
            || user.IsInRole(Roles.Segretario)
            || user.IsInRole(Roles.UfficioProvinciale);
    }

    /// <summary>
    /// Whether the user may change the ente's contacts: the ente's own offices, its prefettura (for
    /// the comuni of its province and the province itself: it must be able to reach them) and an amministratore.
    /// </summary>
    public async Task<bool> CanEditContactsAsync(ClaimsPrincipal user, string enteCode, CancellationToken cancellationToken = default) =>
        await CanActAsync(user, enteCode, cancellationToken) || (user.IsInRole(Roles.Prefettura) && await CanSeeAsync(user, enteCode, cancellationToken));

    /// <summary>Whether the user may change the prefettura's own address: its own users and an amministratore.</summary>
    public static bool CanEditPrefetturaAddress(ClaimsPrincipal user) => IsAdmin(user) || user.IsInRole(Roles.Prefettura);

    /// <summary>Whether the user may send a sollecito to a comune: the prefettura of its province and an amministratore.</summary>
    public async Task<bool> CanSollecitareAsync(ClaimsPrincipal user, string enteCode, CancellationToken cancellationToken = default)
    {
        var ente = await directory.FindAsync(enteCode, cancellationToken);
        return ente is { Kind: EnteKinds.Comune } && (IsAdmin(user) || user.IsInRole(Roles.Prefettura)) && await CanSeeAsync(user, enteCode, cancellationToken);
    }

    /// <summary>Whether the user may see the dashboard of a province (its prefettura, or an amministratore).</summary>
    public async Task<bool> CanSeeProvinceAsync(ClaimsPrincipal user, string province, CancellationToken cancellationToken = default)
    {
        var ente = await directory.FindAsync(province, cancellationToken);
        if (user.Identity?.IsAuthenticated != true || ente is null || ente.Kind == EnteKinds.Comune)
        {
            return false;
        }

        return IsAdmin(user) || (user.IsInRole(Roles.Prefettura) && EnteOf(user) == province);
    }

    /// <summary>
    /// Whether the user may see the second-level election office of a città metropolitana or provincia:
    /// its own ufficio elettorale, the prefettura of the same province (it watches, as on the comuni) and an
    /// amministratore. The comuni's offices never: they send attestations, they do not run the election.
    /// </summary>
    public async Task<bool> CanSeeUfficioAsync(ClaimsPrincipal user, string enteCode, CancellationToken cancellationToken = default)
    {
        var ente = await directory.FindAsync(enteCode, cancellationToken);
        if (user.Identity?.IsAuthenticated != true || ente is null || ente.Kind == EnteKinds.Comune)
        {
            return false;
        }

        return IsAdmin(user)
            || (EnteOf(user) == ente.Code && (user.IsInRole(Roles.UfficioProvinciale) || user.IsInRole(Roles.Prefettura)));
    }

    /// <summary>Whether the user may record the office's acts: only the office itself and an amministratore.</summary>
    public async Task<bool> CanActUfficioAsync(ClaimsPrincipal user, string enteCode, CancellationToken cancellationToken = default) =>
        await CanSeeUfficioAsync(user, enteCode, cancellationToken) && (IsAdmin(user) || user.IsInRole(Roles.UfficioProvinciale));

    /// <summary>The national observatory aggregates every office: only an amministratore sees it.</summary>
    public static bool CanSeeNationalObservatory(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && IsAdmin(user);

    /// <summary>Whether the user may create and administer accounts: the amministratore only.</summary>
    public static bool CanManageAccounts(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && IsAdmin(user);

    /// <summary>The name the history records for a change: the account, never its password or cookie.</summary>
    public static string ActorName(ClaimsPrincipal user) => user.Identity?.Name ?? "sconosciuto";
}
