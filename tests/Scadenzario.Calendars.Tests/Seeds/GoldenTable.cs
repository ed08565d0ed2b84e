using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Tests.Seeds;

/// <summary>
/// One golden table (see Seeds/README.md): the facts of a tornata, the dates a published calendar
/// prints for it, the consultations whose every act the table lists (<c># covers:</c>) and the
/// published calendar it was built from (<c># source:</c>).
/// </summary>
public sealed record GoldenTable(string Name, ElectionFacts Facts, IReadOnlyList<GoldenRow> Rows)
{
    /// <summary>The consultations of <c># covers:</c>; null when the table has no such line.</summary>
    public IReadOnlyList<ConsultationType>? Covers { get; init; }

    /// <summary>The text of <c># source:</c>; null when the table has no such line.</summary>
    public string? Source { get; init; }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.tsv").Select(Path.GetFileName).OfType<string>().Order();

    public static GoldenTable Read(string name)
    {
        ElectionFacts? facts = null;
        List<ConsultationType>? covers = null;
        string? source = null;
        var rows = new List<GoldenRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(Directory, name)))
        {
            lineNumber++;
            if (line.StartsWith("# facts:", StringComparison.Ordinal))
            {
                facts = ParseFacts(line["# facts:".Length..]);
            }
            else if (line.StartsWith("# covers:", StringComparison.Ordinal))
            {
                covers = [.. line["# covers:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => ConsultationTypes.TryParse(c, out var t) ? t : throw new FormatException($"{name}:{lineNumber}: unknown consultation '{c}' in '# covers:'"))];
            }
            else if (line.StartsWith("# source:", StringComparison.Ordinal))
            {
                source = line["# source:".Length..].Trim();
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                var cells = line.Split('\t');
                if (cells.Length < 3)
                {
                    throw new FormatException($"{name}:{lineNumber}: expected rule, start, end, source");
                }

                rows.Add(new GoldenRow(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells.Length > 3 ? cells[3] : "", lineNumber));
            }
        }

        return new GoldenTable(name, facts ?? throw new FormatException($"{name}: no '# facts:' line"), rows)
        {
            Covers = covers,
            Source = string.IsNullOrWhiteSpace(source) ? null : source,
        };
    }

    private static ElectionFacts ParseFacts(string text)
    {
        VotingDays? days = null;
        var consultations = new List<ConsultationType>();
        var population = 0;
        ItalianRegion? region = null;
        string? province = null;
        var capoluogo = false;
        LocalDate? ballottaggio = null;
        var events = new Dictionary<string, LocalDate>();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            switch (key)
            {
                case "voting-days":
                    var dates = value.Split(',').Select(Date).ToArray();
                    days = dates.Length == 1 ? VotingDays.OneDay(dates[0]) : VotingDays.TwoDays(dates[0], dates[1]);
                    break;
                case "consultations":
                    consultations.AddRange(value.Split(',').Select(c => ConsultationTypes.TryParse(c, out var t) ? t : throw new FormatException(c)));
                    break;
                case "population":
                    population = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "region":
                    region = ItalianRegions.Find(value) ?? throw new FormatException(value);
                    break;
                case "province":
                    province = value.Length == 2 && value.All(char.IsAsciiLetterUpper) ? value : throw new FormatException($"province '{value}': a sigla of two upper-case letters");
                    break;
                case "capoluogo":
                    capoluogo = bool.Parse(value);
                    break;
                case "ballottaggio":
                    ballottaggio = Date(value);
                    break;
                case var _ when key.StartsWith("param:", StringComparison.Ordinal):
                    parameters[key[6..]] = value;
                    break;
                case var _ when key.StartsWith("event:", StringComparison.Ordinal):
                    events[key[6..]] = Date(value);
                    break;
                default:
                    throw new FormatException($"unknown fact '{key}'");
            }
        }

        return new ElectionFacts
        {
            VotingDays = days ?? throw new FormatException("voting-days missing"),
            Consultations = consultations,
            Population = population,
            Region = region?.Name,
            SpecialStatute = region?.SpecialStatute ?? false,
            Province = province,
            Capoluogo = capoluogo,
            Parameters = parameters,
            Ballottaggio = ballottaggio,
            Events = events,
        };
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}

/// <summary>One expected act: <c>start</c> is "-" for a single day; <c>end</c> may be "pending".</summary>
public sealed record GoldenRow(string Rule, string Start, string End, string Source, int Line)
{
    public override string ToString() => $"l.{Line} {Rule} {Start} → {End}";
}
