using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using Scadenzario.Cli.Infrastructure;

namespace Scadenzario.Cli.Calendar;

/// <summary>The <c>calendar</c> command's options as typed, turned into facts with Italian messages for what is wrong.</summary>
internal sealed record CalendarInput(
    string VotingDays,
    string Consultations,
    string Population,
    string? Region,
    string? Ballottaggio,
    IReadOnlyList<string> Events,
    string? PatronSaint,
    string Format)
{
    public bool TryParse(out ElectionFacts facts, out Action<CalendarSet, DerivedCalendar, TextWriter> renderer, out string problem)
    {
        facts = null!;
        renderer = null!;
        try
        {
            renderer = Format switch
            {
                "text" => CalendarTextWriter.Write,
                "json" => CalendarJsonWriter.Write,
                _ => throw new FormatException($"Formato \"{Format}\" non previsto: usare text o json."),
            };

            var region = Region is null ? null : ItalianRegions.Find(Region) ?? throw new FormatException($"Regione \"{Region}\" sconosciuta: indicare il codice ISTAT (01-20) o il nome.");
            facts = new ElectionFacts
            {
                VotingDays = ParseVotingDays(VotingDays),
                Consultations = ParseConsultations(Consultations),
                Population = ParsePopulation(Population),
                Region = region?.Name,
                SpecialStatute = region?.SpecialStatute ?? false,
                Ballottaggio = Ballottaggio is null ? null : ParseDate(Ballottaggio, "--ballottaggio"),
                Events = ParseEvents(Events),
                PatronSaint = PatronSaint is null ? null : ParsePatronSaint(PatronSaint),
            };
            problem = "";
            return true;
        }
        catch (FormatException e)
        {
            problem = e.Message;
            return false;
        }
    }

    private static VotingDays ParseVotingDays(string text)
    {
        var days = InputParsing.VotingDays(text);
        return days.Length == 1
            ? Calendars.Derivation.VotingDays.OneDay(days[0])
            : Calendars.Derivation.VotingDays.TwoDays(days[0], days[1]);
    }

    private static ConsultationType[] ParseConsultations(string text)
    {
        var result = new List<ConsultationType>();
        foreach (var id in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ConsultationTypes.TryParse(id.ToLowerInvariant(), out var type) || type == ConsultationType.Comune)
            {
                throw new FormatException(
                    $"Consultazione sconosciuta \"{id}\": ammesse europee, comunali, ballottaggio, metropolitane, provinciali.");
            }

            if (!result.Contains(type))
            {
                result.Add(type);
            }
        }

        return result.Count > 0 ? [.. result] : throw new FormatException("--consultations: indicare almeno una consultazione.");
    }

    private static int ParsePopulation(string text)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var population))
        {
            throw new FormatException($"Popolazione \"{text}\" non valida: indicare un numero intero di abitanti.");
        }

        return population >= 1
            ? population
            : throw new FormatException($"Popolazione {population} non valida: deve essere almeno 1.");
    }

    private static LocalDate ParseDate(string text, string option) => InputParsing.Date(text, option);

    private static Dictionary<string, LocalDate> ParseEvents(IReadOnlyList<string> events)
    {
        var result = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        foreach (var item in events)
        {
            var separator = item.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new FormatException($"--event \"{item}\": usare NOME=AAAA-MM-GG, es. liste-ammesse=2014-04-28.");
            }

            var name = item[..separator].Trim();
            if (!result.TryAdd(name, ParseDate(item[(separator + 1)..].Trim(), $"--event {name}")))
            {
                throw new FormatException($"--event: l'evento \"{name}\" è indicato due volte.");
            }
        }

        return result;
    }

    private static AnnualDate ParsePatronSaint(string text)
    {
        var result = AnnualDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new FormatException($"--patron-saint: \"{text}\" non è un giorno valido (MM-GG, es. 06-24).");
    }
}
