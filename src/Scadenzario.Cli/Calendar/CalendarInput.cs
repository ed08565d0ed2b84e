using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Enti;

namespace Scadenzario.Cli.Calendar;

/// <summary>The <c>calendar</c> command's options as typed, turned into facts with Italian messages for what is wrong.</summary>
internal sealed record CalendarInput(
    string VotingDays,
    string Consultations,
    string? Population,
    string? Region,
    string? Ballottaggio,
    IReadOnlyList<string> Events,
    string? PatronSaint,
    string Format)
{
    public string? Province { get; init; }

    public bool Capoluogo { get; init; }

    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>The ISTAT code of <c>--comune</c>: population, region, province and capoluogo come from the comuni data.</summary>
    public string? Comune { get; init; }

    /// <summary>The comuni data, read only when <see cref="Comune"/> or <see cref="Province"/> needs it.</summary>
    public Func<ComuniData>? ComuniData { get; init; }

    public bool TryParse(out ElectionFacts facts, out Action<CalendarSet, DerivedCalendar, TextWriter> renderer, out string problem)
    {
        facts = null!;
        renderer = null!;
        try
        {
            renderer = Format switch
            {
                "text" => (set, calendar, output) => CalendarTextWriter.Write(set, calendar, output, HasPopulation),
                "json" => CalendarJsonWriter.Write,
                _ => throw new FormatException($"Formato \"{Format}\" non previsto: usare text o json."),
            };

            var consultations = ParseConsultations(Consultations);
            var region = Region is null ? null : ItalianRegions.Find(Region) ?? throw new FormatException($"Regione \"{Region}\" sconosciuta: indicare il codice ISTAT (01-20) o il nome (es. Sicilia).");
            var province = Province?.Trim().ToUpperInvariant();
            var population = Population is null ? (int?)null : ParsePopulation(Population);
            var capoluogo = Capoluogo;
            if (Comune is not null)
            {
                var comune = Data().Find(Comune.Trim())
                    ?? throw new FormatException($"--comune: nessun comune ha il codice ISTAT \"{Comune}\"; indicare le sei cifre del codice (es. 041067 per Urbino).");
                (population, region, province, capoluogo) = FromComune(comune, population, region, province);
            }
            else if (province is not null)
            {
                region = CheckProvince(province, region);
            }

            var municipal = consultations.Contains(ConsultationType.Comunali) || consultations.Contains(ConsultationType.Ballottaggio);
            if (population is null && municipal)
            {
                throw new FormatException("--population è obbligatoria per le elezioni comunali e il ballottaggio: indicare il numero di abitanti (es. --population 12000) oppure il comune con --comune CODICE_ISTAT.");
            }

            if (region is null && consultations.Contains(ConsultationType.Regionali))
            {
                throw new FormatException("--region è obbligatoria per le elezioni regionali: indicare la regione a statuto ordinario (es. --region Liguria o --region 07) oppure il comune con --comune CODICE_ISTAT.");
            }

            facts = new ElectionFacts
            {
                VotingDays = ParseVotingDays(VotingDays),
                Consultations = consultations,
                // Only the comunali look at the population; other consultations get a placeholder.
                Population = population ?? 1,
                Region = region?.Name,
                SpecialStatute = region?.SpecialStatute ?? false,
                Province = province,
                Capoluogo = capoluogo,
                Parameters = ParseParameters(Parameters),
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

    /// <summary>Whether the population was typed or taken from the comuni data (the header shows it only then).</summary>
    public bool HasPopulation => Population is not null || Comune is not null;

    private ComuniData Data() =>
        ComuniData?.Invoke() ?? throw new FormatException("Dati dei comuni non disponibili.");

    private (int?, ItalianRegion?, string?, bool) FromComune(ComuneRow comune, int? population, ItalianRegion? region, string? province)
    {
        var name = $"{comune.Name} ({comune.IstatCode})";
        if (population is { } typed && typed != comune.Population)
        {
            throw new FormatException(
                $"--population {typed} contraddice la popolazione legale di {name}, {comune.Population.ToString("N0", Italian)} abitanti: omettere --population, che --comune indica già.");
        }

        var comuneRegion = ItalianRegions.Find(comune.RegionCode) ?? throw new FormatException($"Regione \"{comune.RegionName}\" di {name} sconosciuta.");
        if (region is not null && region != comuneRegion)
        {
            throw new FormatException($"--region {Region} contraddice i dati del comune: {name} è in {comuneRegion.Name}. Omettere --region, che --comune indica già.");
        }

        if (province is not null && province != comune.ProvinceCode)
        {
            throw new FormatException($"--province {province} contraddice i dati del comune: {name} è in provincia {comune.ProvinceCode}. Omettere --province, che --comune indica già.");
        }

        if (Capoluogo && !comune.Capoluogo)
        {
            throw new FormatException($"--capoluogo contraddice i dati del comune: {name} non è capoluogo di provincia. Omettere --capoluogo.");
        }

        return (comune.Population, comuneRegion, comune.ProvinceCode, comune.Capoluogo);
    }

    /// <summary>The province must exist and lie in the region given; its region is taken when none is.</summary>
    private ItalianRegion CheckProvince(string province, ItalianRegion? region)
    {
        var provinceRegion = Data().RegionOfProvince(province)
            ?? throw new FormatException($"--province: sigla \"{Province}\" sconosciuta; indicare la sigla di due lettere della provincia (es. TN, BZ, PA).");
        if (region is not null && region != provinceRegion)
        {
            throw new FormatException($"--province {province} non è nella regione {region.Name} ma in {provinceRegion.Name}: correggere --province o --region.");
        }

        return provinceRegion;
    }

    private static Dictionary<string, string> ParseParameters(IReadOnlyList<string> items)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var separator = item.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new FormatException($"--parametro \"{item}\": usare NOME=VALORE, es. chiusura-votazione=22:00 o inizio-scrutinio-comunali=2024-06-10T14:00.");
            }

            var name = item[..separator].Trim();
            if (!result.TryAdd(name, item[(separator + 1)..].Trim()))
            {
                throw new FormatException($"--parametro: il parametro \"{name}\" è indicato due volte.");
            }
        }

        return result;
    }

    private static VotingDays ParseVotingDays(string text)
    {
        var days = InputParsing.VotingDays(text);
        return days.Length == 1
            ? Calendars.Derivation.VotingDays.OneDay(days[0])
            : Calendars.Derivation.VotingDays.TwoDays(days[0], days[1]);
    }

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private static ConsultationType[] ParseConsultations(string text)
    {
        var result = new List<ConsultationType>();
        foreach (var id in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ConsultationTypes.TryParse(id.ToLowerInvariant(), out var type) || type == ConsultationType.Comune)
            {
                throw new FormatException(
                    $"Consultazione sconosciuta \"{id}\": ammesse europee, comunali, ballottaggio, referendum, politiche, regionali, metropolitane, provinciali.");
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
