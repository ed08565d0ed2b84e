using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// A day typed in a form or a CSV cell: the date field sends AAAA-MM-GG, a person or a spreadsheet in
/// Italian writes GG/MM/AAAA; both are read, nothing else is guessed (no two-digit years, no month names).
/// </summary>
public static class Giorni
{
    private static readonly LocalDatePattern Italiano = LocalDatePattern.Create("d/M/uuuu", CultureInfo.InvariantCulture);

    public static LocalDate? Leggi(string? testo)
    {
        var t = testo?.Trim() ?? "";
        return LocalDatePattern.Iso.Parse(t) is { Success: true } iso ? iso.Value
            : Italiano.Parse(t) is { Success: true } it ? it.Value
            : null;
    }

    /// <summary>The value a date field shows back: AAAA-MM-GG when it was a date, otherwise what was typed.</summary>
    public static string? PerIlCampo(string? testo) =>
        Leggi(testo) is { } giorno ? giorno.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : testo;
}
