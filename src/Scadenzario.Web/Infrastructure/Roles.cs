namespace Scadenzario.Web.Infrastructure;

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
}

/// <summary>Claims Scadenzario adds to the sign-in cookie, so no request has to look the user up.</summary>
public static class ScadenzarioClaims
{
    public const string Ente = "scadenzario:ente";
    public const string DisplayName = "scadenzario:nome";
}
