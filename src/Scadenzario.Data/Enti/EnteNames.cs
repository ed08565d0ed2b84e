using System.Globalization;
using System.Text;

namespace Scadenzario.Data.Enti;

/// <summary>How an ente's name is matched when a person types it: one definition for every search (the web's ente search, the prefettura's comuni).</summary>
public static class EnteNames
{
    /// <summary>Lower case, accents dropped, apostrophes, hyphens and runs of spaces as one space: "Serra Riccò" and "serra ricco" fold alike.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
