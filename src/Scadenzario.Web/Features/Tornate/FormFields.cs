namespace Scadenzario.Web.Features.Tornate;

/// <summary>Bootstrap Italia's accessible pattern for a refused field: marked invalid and described by its message ("{field}-errore").</summary>
public static class FormFields
{
    public static string Invalid(string? error) => error is null ? "" : "is-invalid";

    public static string Described(string field, string? help, string? error) =>
        string.Join(' ', new[] { help, error is null ? null : field + "-errore" }.Where(s => s is not null));
}
