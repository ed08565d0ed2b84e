using BenchmarkDotNet.Attributes;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Benchmarks;

/// <summary>
/// Issue 11's national tornate, derived on one core for every comune of shared/data:
/// politiche + referendum costituzionale for all (Sunday-Monday); and regionali for the comuni of
/// the ordinary-statute regions with the comunali for a third of them (every third row), as in
/// 2020.
/// </summary>
[MemoryDiagnoser]
public class NationalPoliticheReferendumBenchmarks
{
    private static readonly VotingDays Vote = VotingDays.TwoDays(new LocalDate(2027, 9, 26), new LocalDate(2027, 9, 27));
    private static readonly Dictionary<string, string> Costituzionale = new() { [ConsultationCombinations.ReferendumKind] = "costituzionale" };

    private CalendarSet calendars = null!;
    private ElectionFacts[] politicheReferendum = [];
    private ElectionFacts[] regionaliComunali = [];

    [GlobalSetup]
    public void Setup()
    {
        calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        var comuni = ComuniFacts.Read().ToList();
        politicheReferendum = [.. comuni.Select(c => c with { Consultations = [ConsultationType.Politiche, ConsultationType.Referendum], Parameters = Costituzionale })];
        regionaliComunali = [.. comuni
            .Where(c => ItalianRegions.Find(c.Region!) is { SpecialStatute: false })
            .Select((c, i) => c with
            {
                Consultations = i % 3 == 0
                    ? [ConsultationType.Referendum, ConsultationType.Regionali, ConsultationType.Comunali]
                    : [ConsultationType.Referendum, ConsultationType.Regionali],
                Parameters = Costituzionale,
            })];
        Console.WriteLine($"// politiche + referendum: {politicheReferendum.Length} comuni, {politicheReferendum.Sum(c => calendars.Derive(c).Deadlines.Count)} deadlines; "
            + $"referendum + regionali (+ comunali for a third): {regionaliComunali.Length} comuni, {regionaliComunali.Sum(c => calendars.Derive(c).Deadlines.Count)} deadlines; calendar {calendars.Version}");
    }

    /// <summary>Returns the number of deadlines so nothing is optimised away.</summary>
    [Benchmark]
    public int DerivePoliticheReferendum() => Derive(politicheReferendum);

    [Benchmark]
    public int DeriveReferendumRegionaliComunali() => Derive(regionaliComunali);

    private int Derive(ElectionFacts[] comuni)
    {
        var total = 0;
        foreach (var facts in comuni)
        {
            total += calendars.Derive(facts).Deadlines.Count;
        }

        return total;
    }
}

/// <summary>Every comune of shared/data as facts of a tornata on <see cref="VotingDays"/> (consultations to be set by the caller).</summary>
internal static class ComuniFacts
{
    public static IEnumerable<ElectionFacts> Read()
    {
        var header = File.ReadLines(RepositoryPaths.Comuni).First().Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var (population, region, special, province, capoluogo) = (Column("population"), Column("region"), Column("special_statute"), Column("province_code"), Column("capoluogo"));
        foreach (var line in File.ReadLines(RepositoryPaths.Comuni).Skip(1))
        {
            var cells = line.Split(',');
            yield return new ElectionFacts
            {
                VotingDays = VotingDays.TwoDays(new LocalDate(2027, 9, 26), new LocalDate(2027, 9, 27)),
                Consultations = [],
                Population = int.Parse(cells[population], System.Globalization.CultureInfo.InvariantCulture),
                Region = cells[region],
                SpecialStatute = cells[special] == "true",
                Province = cells[province],
                Capoluogo = cells[capoluogo] == "true",
            };
        }
    }
}
