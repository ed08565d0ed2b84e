using BenchmarkDotNet.Attributes;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Benchmarks;

/// <summary>
/// The national tornata: every comune of shared/data with its population, region, province and
/// capoluogo flag, europee for all and comunali for a third of them (every third row), derived on
/// one core; comuni of a region or province with a scoped file of calendars/regioni/ get its rules.
/// </summary>
[MemoryDiagnoser]
public class NationalTornataBenchmarks
{
    private static readonly VotingDays Vote = VotingDays.OneDay(new LocalDate(2024, 6, 9));

    private CalendarSet calendars = null!;
    private ElectionFacts[] comuni = [];

    [GlobalSetup]
    public void Setup()
    {
        calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        comuni = [.. ReadComuni()];
        var deadlines = comuni.Sum(c => calendars.Derive(c).Deadlines.Count);
        Console.WriteLine($"// {comuni.Length} comuni, {deadlines} deadlines per national tornata, calendar {calendars.Version}");
    }

    /// <summary>Derives every comune's calendar; returns the number of deadlines so nothing is optimised away.</summary>
    [Benchmark]
    public int DeriveNationalTornata()
    {
        var total = 0;
        foreach (var facts in comuni)
        {
            total += calendars.Derive(facts).Deadlines.Count;
        }

        return total;
    }

    [Benchmark]
    public CalendarSet LoadAllCalendarFiles() => CalendarSet.Load(RepositoryPaths.Calendars);

    private static IEnumerable<ElectionFacts> ReadComuni()
    {
        var lines = File.ReadLines(RepositoryPaths.Comuni).Skip(1).ToList();
        var header = File.ReadLines(RepositoryPaths.Comuni).First().Split(',');
        var population = Array.IndexOf(header, "population");
        var region = Array.IndexOf(header, "region");
        var special = Array.IndexOf(header, "special_statute");
        var province = Array.IndexOf(header, "province_code");
        var capoluogo = Array.IndexOf(header, "capoluogo");
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',');
            yield return new ElectionFacts
            {
                VotingDays = Vote,
                Consultations = i % 3 == 0
                    ? [ConsultationType.Europee, ConsultationType.Comunali]
                    : [ConsultationType.Europee],
                Population = int.Parse(cells[population], System.Globalization.CultureInfo.InvariantCulture),
                Region = cells[region],
                SpecialStatute = cells[special] == "true",
                Province = cells[province],
                Capoluogo = cells[capoluogo] == "true",
            };
        }
    }
}
