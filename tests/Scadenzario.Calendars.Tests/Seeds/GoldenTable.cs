using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Tests.Seeds;

/// <summary>One golden table (see Seeds/README.md): the facts of a seed's tornata and the dates it prints.</summary>
public sealed record GoldenTable(string Name, ElectionFacts Facts, IReadOnlyList<GoldenRow> Rows)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.tsv").Select(Path.GetFileName).OfType<string>().Order();

    public static GoldenTable Read(string name)
    {
        ElectionFacts? facts = null;
        var rows = new List<GoldenRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(Directory, name)))
        {
            lineNumber++;
            if (line.StartsWith("# facts:", StringComparison.Ordinal))
            {
                facts = ParseFacts(line["# facts:".Length..]);
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

        return new GoldenTable(name, facts ?? throw new FormatException($"{name}: no '# facts:' line"), rows);
    }

    private static ElectionFacts ParseFacts(string text)
    {
        VotingDays? days = null;
        var consultations = new List<ConsultationType>();
        var population = 0;
        ItalianRegion? region = null;
        LocalDate? ballottaggio = null;
        var events = new Dictionary<string, LocalDate>();
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
                case "ballottaggio":
                    ballottaggio = Date(value);
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
