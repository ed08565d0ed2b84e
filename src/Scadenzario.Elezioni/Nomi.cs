using System.Globalization;
using System.Text;

namespace Scadenzario.Elezioni;

/// <summary>Names of persons and comuni as the offices type them: compared without case, accents, apostrophes or repeated spaces.</summary>
public static class Nomi
{
    /// <summary>The form two spellings of the same name share ("Poggio a Caiano" and "poggio  a caiano", "Nicolò" and "Nicolo").</summary>
    public static string Normalizza(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var spazio = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '\'' or '’' or '-')
            {
                spazio = builder.Length > 0;
                continue;
            }

            if (spazio)
            {
                builder.Append(' ');
                spazio = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}
