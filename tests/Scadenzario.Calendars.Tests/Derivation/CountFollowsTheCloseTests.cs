using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// The count starts when the vote closes (art. 53 d.P.R. 570/1960), so a closing hour set by the
/// tornata's decree moves the start of the count and the end of the silenzio with it.
/// </summary>
public class CountFollowsTheCloseTests
{
    private static readonly LocalDate Sunday = new(2025, 5, 25);

    [Fact]
    public void ComunaliOneDay_ClosingAt22_CountStartsAt22()
    {
        var calendar = Derive(VotingDays.OneDay(Sunday), ("chiusura-votazione", "22:00"));

        Assert.Equal((Sunday, ClockTime.Of(22, 0)), DueOf(calendar, "votazione"));
        Assert.Equal((Sunday, ClockTime.Of(22, 0)), DueOf(calendar, "comunali.scrutinio"));
    }

    [Fact]
    public void ComunaliTwoDays_ClosingAt14_CountStartsAt14OnMonday()
    {
        var calendar = Derive(VotingDays.TwoDays(Sunday, Sunday.PlusDays(1)), ("chiusura-votazione", "14:00"));

        Assert.Equal((Sunday.PlusDays(1), ClockTime.Of(14, 0)), DueOf(calendar, "comunali.scrutinio"));
    }

    [Fact]
    public void ComunaliCountStartSetByDecree_WinsOverTheClose()
    {
        var calendar = Derive(VotingDays.OneDay(Sunday), ("chiusura-votazione", "22:00"), ("inizio-scrutinio-comunali", "2025-05-26T14:00"));

        Assert.Equal((Sunday.PlusDays(1), ClockTime.Of(14, 0)), DueOf(calendar, "comunali.scrutinio"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Ballottaggio_ClosingSetByDecree_MovesCountAndSilenzio(int days)
    {
        var first = days == 1 ? VotingDays.OneDay(Sunday) : VotingDays.TwoDays(Sunday, Sunday.PlusDays(1));
        var ballottaggio = Sunday.PlusDays(14);
        var close = days == 1 ? ballottaggio : ballottaggio.PlusDays(1);

        var calendar = Derive(first, ("chiusura-votazione-ballottaggio", "14:00"));

        Assert.Equal((close, ClockTime.Of(14, 0)), DueOf(calendar, "ballottaggio.votazione"));
        Assert.Equal((close, ClockTime.Of(14, 0)), DueOf(calendar, "ballottaggio.scrutinio"));
        Assert.Equal((close, ClockTime.Of(14, 0)), DueOf(calendar, "ballottaggio.silenzio-propaganda"));
    }

    private static DerivedCalendar Derive(VotingDays days, params (string Key, string Value)[] parameters) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = days,
            Consultations = [ConsultationType.Comunali],
            Population = 40_000,
            Region = "Liguria",
            Province = "GE",
            Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
        });

    private static (LocalDate?, ClockTime?) DueOf(DerivedCalendar calendar, string rule)
    {
        var deadline = Assert.Single(calendar.Deadlines, d => d.Rule.Id == rule);
        return (deadline.Date, deadline.Time);
    }
}
