using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>Properties of the repository's calendars over every Sunday from 2000 to 2040.</summary>
public class CalendarPropertiesTests
{
    private static readonly ConsultationType[][] Tornate =
    [
        [ConsultationType.Europee, ConsultationType.Comunali],
        [ConsultationType.Comunali],
        [ConsultationType.Metropolitane],
        [ConsultationType.Provinciali],
    ];

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
            foreach (var consultations in Tornate)
            {
                var calendar = Derive(sunday, consultations);
                foreach (var deadline in calendar.Deadlines)
                {
                    var end = deadline.Variant.End;
                    if (deadline.Date is not { } date || end.Anchor != AnchorKind.Vote || end.Months != 0 || end.WorkingDays != 0 || end.RollToWorkingDay)
                    {
                        continue;
                    }

                    Assert.True(
                        date.PlusDays(-end.Days) == sunday,
                        $"{deadline.Rule.Id} on {date} for the vote of {sunday}: offset {end.Days}");
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
            foreach (var consultations in Tornate)
            {
                foreach (var deadline in Derive(sunday, consultations).Deadlines)
                {
                    if (deadline is { StartDate: { } start, Date: { } end })
                    {
                        var startAt = (deadline.StartTime ?? ClockTime.Of(0, 0)).On(start);
                        var endAt = (deadline.Time ?? ClockTime.EndOfDay).On(end);
                        Assert.True(startAt <= endAt, $"{deadline.Rule.Id} for the vote of {sunday}: {startAt} > {endAt}");
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryVoteAnchoredDeadline_IsDatedWithoutEvents()
    {
        foreach (var consultations in Tornate)
        {
            var calendar = Derive(new LocalDate(2024, 6, 9), consultations);
            Assert.All(
                calendar.Deadlines.Where(d => d.Variant.End.Anchor is AnchorKind.Vote or AnchorKind.VoteFirstDay or AnchorKind.VoteLastDay),
                d => Assert.False(d.Pending, d.Rule.Id));
        }
    }

    private static DerivedCalendar Derive(LocalDate sunday, ConsultationType[] consultations) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(sunday),
            Consultations = consultations,
            Population = 20000,
        });
}
