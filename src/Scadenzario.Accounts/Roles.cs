namespace Scadenzario.Accounts;

/// <summary>The roles of Scadenzario; each but the amministratore is bound to one ente.</summary>
public static class Roles
{
    public const string Operatore = "operatore";
    public const string Segretario = "segretario";
    public const string Prefettura = "prefettura";
    public const string UfficioProvinciale = "ufficio-provinciale";
    public const string Amministratore = "amministratore";

    public static IReadOnlyList<string> All { get; } = [Operatore, Segretario, Prefettura, UfficioProvinciale, Amministratore];

    public static string Label(string role) => role switch
    {
        Operatore => "Operatore comunale",
        Segretario => "Segretario comunale",
        Prefettura => "Prefettura",
        UfficioProvinciale => "Ufficio elettorale metropolitano o provinciale",
        Amministratore => "Amministratore",
        _ => role,
    };

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// Which ente an account of the role works for, as EnteAccess reads it: a comune (ISTAT code)
    /// for the comune's offices, a province or metropolitan city (sigla) for a prefettura and an
    /// ufficio elettorale, none for an amministratore, who sees everything.
    /// </summary>
    public static RoleEnte EnteFor(string role) => role switch
    {
        Operatore or Segretario => RoleEnte.Comune,
        Prefettura or UfficioProvinciale => RoleEnte.Provincia,
        Amministratore => RoleEnte.Nessuno,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "ruolo sconosciuto"),
    };
}

/// <summary>The kind of ente a role is bound to.</summary>
public enum RoleEnte
{
    Nessuno,
    Comune,
    Provincia,
}
