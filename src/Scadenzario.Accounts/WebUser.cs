using Microsoft.AspNetCore.Identity;

namespace Scadenzario.Accounts;

/// <summary>A person who signs in; the ente they work for scopes everything they see.</summary>
public sealed class WebUser : IdentityUser
{
    /// <summary>
    /// ISTAT code of the comune (operatore, segretario), sigla of the province for a prefettura
    /// or for an ufficio elettorale metropolitano/provinciale; null for an amministratore.
    /// </summary>
    public string? EnteCode { get; set; }

    public string DisplayName { get; set; } = "";
}
