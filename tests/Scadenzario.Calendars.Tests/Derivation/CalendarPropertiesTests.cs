using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// Properties of the repository's calendars over every Sunday from 2000 to 2040, nationally and,
/// for the comunali, in every region and province with rules of its own (calendars/regioni/).
/// </summary>
public class CalendarPropertiesTests
{
    private static readonly (string? Region, string? Province)[] Territories =
    [
        (null, null),
        ("Sicilia", "PA"),
        ("Friuli-Venezia Giulia", "UD"),
        ("Trentino-Alto Adige", "TN"),
        ("Trentino-Alto Adige", "BZ"),
        ("Valle d'Aosta", "AO"),
        ("Sardegna", "CA"),
    ];

    private static readonly ConsultationType[][] Tornate =
    [
        [ConsultationType.Europee, ConsultationType.Comunali],
        [ConsultationType.Comunali],
        [ConsultationType.Metropolitane],
        [ConsultationType.Provinciali],
    ];

    /// <summary>Every tornata nationally; those with the comunali also in each territory.</summary>
    private static IEnumerable<(ConsultationType[] Consultations, string? Region, string? Province)> Cases() =>
        Tornate.SelectMany(t => (t.Contains(ConsultationType.Comunali) ? Territories : Territories[..1]).Select(p => (t, p.Region, p.Province)));

    public static IEnumerable<LocalDate> Sundays()
    {
        for (var day = new LocalDate(2000, 1, 2); day.Year <= 2040; day = day.PlusWeeks(1))
        {
            yield return day;
        }
    }

    [Fact]
    public void EveryDayOffset_MinusItsOffset_IsTheVotingDay()
    {
        var checkedDeadlines = 0;
        foreach (var sunday in Sundays())
        {
            foreach (var (consultations, region, province) in Cases())
            {
                var calendar = Derive(sunday, consultations, region, province);
                foreach (var deadline in calendar.Deadlines)
                {
                    var end = deadline.Variant.End;
                    if (deadline.Date is not { } date || end.Anchor != AnchorKind.Vote || end.Months != 0 || end.WorkingDays != 0 || end.RollToWorkingDay)
                    {
                        continue;
                    }

                    Assert.True(
                        date.PlusDays(-end.Days) == sunday,
                        $"{deadline.Rule.Id} ({deadline.Rule.Source}) on {date} for the vote of {sunday}: offset {end.Days}");
                    Assert.Equal(end.Days, deadline.OffsetDays);
                    checkedDeadlines++;
                }
            }
        }

        Assert.True(checkedDeadlines > 100_000, $"only {checkedDeadlines} deadlines checked");
    }

    [Fact]
    public void EveryWindow_EndsNoEarlierThanItStarts()
    {
        foreach (var sunday in Sundays())
        {
            foreach (var (consultations, region, province) in Cases())
            {
                foreach (var deadline in Derive(sunday, consultations, region, province).Deadlines)
                {
                    if (deadline is { StartDate: { } start, Date: { } end })
                    {
                        var startAt = (deadline.StartTime ?? ClockTime.Of(0, 0)).On(start);
                        var endAt = (deadline.Time ?? ClockTime.EndOfDay).On(end);
                        Assert.True(startAt <= endAt, $"{deadline.Rule.Id} ({deadline.Rule.Source}, {region} {province}) for the vote of {sunday}: {startAt} > {endAt}");
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryVoteAnchoredDeadline_IsDatedWithoutEvents()
    {
        foreach (var (consultations, region, province) in Cases())
        {
            var calendar = Derive(new LocalDate(2024, 6, 9), consultations, region, province);
            Assert.All(
                calendar.Deadlines.Where(d => d.Variant.End.Anchor is AnchorKind.Vote or AnchorKind.VoteFirstDay or AnchorKind.VoteLastDay),
                d => Assert.False(d.Pending, d.Rule.Id));
        }
    }

    private static DerivedCalendar Derive(LocalDate sunday, ConsultationType[] consultations, string? region = null, string? province = null) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(sunday),
            Consultations = consultations,
            Population = 20000,
            Region = region,
            Province = province,
        });
}
