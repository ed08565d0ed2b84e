namespace Scadenzario.Data.Csv;

/// <summary>
/// One cell of every CSV file Scadenzario writes, safe to open in a spreadsheet. A cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is read by Excel
/// and LibreOffice as a formula ("CSV injection": a comune's name or a candidate's typed as
/// <c>=HYPERLINK(…)</c> would run on the prefettura's computer), so it is prefixed with an
/// apostrophe, which the spreadsheet shows as text (OWASP, "CSV Injection",
/// https://owasp.org/www-community/attacks/CSV_Injection). The cell is then quoted when it holds the
/// separator, a quote or a line break (RFC 4180).
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text of a cell, neutralised and quoted as needed for <paramref name="separator"/>.</summary>
    public static string Text(string? value, char separator)
    {
        var text = Neutralise(value ?? "");
        return text.IndexOfAny([separator, '"', '\n', '\r']) >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>The value with an apostrophe in front when a spreadsheet would take it for a formula.</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
