using System.Globalization;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Seeds;

/// <summary>
/// Every dated act of the seed documents, as the approved golden tables in this folder record them,
/// is reproduced by the engine to the day and hour.
/// </summary>
public class SeedCalendarTests
{
    public static TheoryData<string> Tables() => [.. GoldenTable.Names()];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Derive_SeedTornata_ReproducesEveryDatedAct(string table)
    {
        var golden = GoldenTable.Read(table);
        var calendar = RepositoryCalendars.Set.Derive(golden.Facts);

        var mismatches = new List<string>();
        foreach (var row in golden.Rows)
        {
            var found = calendar.Deadlines.Where(d => d.Rule.Id == row.Rule).ToList();
            if (found.Count != 1)
            {
                mismatches.Add($"{row}: found {found.Count} acts with this id ({row.Source})");
                continue;
            }

            var (start, end) = (Format(found[0].StartDate, found[0].StartTime), found[0].Pending ? "pending" : Format(found[0].Date, found[0].Time));
            if (start != row.Start || end != row.End)
            {
                mismatches.Add($"{row}: derived {start} → {end} ({row.Source})");
            }
        }

        Assert.True(golden.Rows.Count > 0, $"{table} has no rows");
        Assert.True(mismatches.Count == 0, $"{table}: {mismatches.Count} of {golden.Rows.Count} rows differ:\n" + string.Join("\n", mismatches));
    }

    private static string Format(NodaTime.LocalDate? date, ClockTime? time) =>
        date is not { } day ? "-"
        : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (time is { } t ? "T" + t : "");
}
