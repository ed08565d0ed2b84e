namespace Scadenzario.Web.Infrastructure;

/// <summary>Claims Scadenzario adds to the sign-in cookie, so no request has to look the user up.</summary>
public static class ScadenzarioClaims
{
    public const string Ente = "scadenzario:ente";
    public const string DisplayName = "scadenzario:nome";
}
