using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Scadenzario.Cli.Infrastructure;

/// <summary>Parses what users type, with Italian messages (as <see cref="FormatException"/>) for what is wrong.</summary>
internal static class InputParsing
{
    public static LocalDate Date(string text, string option)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? result.Value
            : throw new FormatException($"{option}: \"{text}\" non è una data valida (AAAA-MM-GG, es. 2014-05-25).");
    }

    /// <summary>One date, or two consecutive dates separated by a comma.</summary>
    public static LocalDate[] VotingDays(string text, string option = "--voting-days")
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is not (1 or 2))
        {
            throw new FormatException($"{option}: indicare uno o due giorni (AAAA-MM-GG[,AAAA-MM-GG]).");
        }

        var days = parts.Select(p => Date(p, option)).ToArray();
        if (days.Length == 2 && days[1] != days[0].PlusDays(1))
        {
            throw new FormatException($"I due giorni di votazione devono essere consecutivi: {parts[0]} e {parts[1]} non lo sono.");
        }

        return days;
    }

    public static long Id(string text, string what) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new FormatException($"{what} \"{text}\" non valido: indicare un numero.");
}
