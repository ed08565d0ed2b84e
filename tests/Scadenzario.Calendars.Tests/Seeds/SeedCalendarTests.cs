using System.Globalization;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Seeds;

/// <summary>
/// Every dated act of the published calendars, as the approved golden tables in this folder record
/// them, is reproduced by the engine to the day and hour; and for the consultations a table
/// covers, the engine derives nothing the table does not list.
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

            var (start, end) = Dates(found[0]);
            if (start != row.Start || end != row.End)
            {
                mismatches.Add($"{row}: derived {start} → {end} ({row.Source})");
            }
        }

        Assert.True(golden.Rows.Count > 0, $"{table} has no rows");
        Assert.True(mismatches.Count == 0, $"{table}: {mismatches.Count} of {golden.Rows.Count} rows differ:\n" + string.Join("\n", mismatches));
    }

    /// <summary>
    /// A rule added, dropped or moved for a covered consultation fails here until a person approves
    /// the new table: the table lists every act derived for those consultations, and only those.
    /// </summary>
    [Theory]
    [MemberData(nameof(Tables))]
    public void Derive_CoveredConsultations_DeriveExactlyTheTablesActs(string table)
    {
        var golden = GoldenTable.Read(table);
        if (golden.Covers is not { } covers)
        {
            return; // Reported by Tables_HaveCoversAndSource.
        }

        var calendar = RepositoryCalendars.Set.Derive(golden.Facts);
        var derived = calendar.Deadlines.Where(d => covers.Contains(d.Rule.Consultation)).ToList();
        var listed = golden.Rows.Select(r => r.Rule).ToHashSet(StringComparer.Ordinal);
        var missing = derived
            .Where(d => !listed.Contains(d.Rule.Id))
            .Select(d => (Deadline: d, Dates: Dates(d)))
            .Select(m => $"{m.Deadline.Rule.Id}\t{m.Dates.Start}\t{m.Dates.End}\t({m.Deadline.Rule.Consultation.Id()}, {m.Deadline.Rule.Source})")
            .ToList();
        var derivedIds = derived.Select(d => d.Rule.Id).ToHashSet(StringComparer.Ordinal);
        var extra = golden.Rows
            .Where(r => !derivedIds.Contains(r.Rule))
            .Select(r => $"{r} ({(calendar.Deadlines.Any(d => d.Rule.Id == r.Rule) ? "derived, but outside the covered consultations" : "not derived")})")
            .ToList();

        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"{table} (covers {string.Join(",", covers.Select(c => c.Id()))}): "
            + $"{missing.Count} derived acts are not in the table, {extra.Count} rows are not derived."
            + (missing.Count > 0 ? "\nMissing rows (rule, start, end as derived — check them against the published calendar before adding):\n  " + string.Join("\n  ", missing) : "")
            + (extra.Count > 0 ? "\nRows not derived:\n  " + string.Join("\n  ", extra) : ""));
    }

    /// <summary>Every table says which consultations it covers and which published calendar it comes from.</summary>
    [Fact]
    public void Tables_HaveCoversAndSource()
    {
        var problems = GoldenTable.Names()
            .Select(GoldenTable.Read)
            .SelectMany(t => new[]
            {
                t.Covers is null ? $"{t.Name}: no '# covers:' line (the consultations whose every act the table lists)" : null,
                t.Source is null ? $"{t.Name}: no '# source:' line (who published the calendar, for which vote, its address)" : null,
            })
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static (string Start, string End) Dates(Deadline deadline) =>
        (Format(deadline.StartDate, deadline.StartTime), deadline.Pending ? "pending" : Format(deadline.Date, deadline.Time));

    private static string Format(NodaTime.LocalDate? date, ClockTime? time) =>
        date is not { } day ? "-"
        : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (time is { } t ? "T" + t : "");
}
