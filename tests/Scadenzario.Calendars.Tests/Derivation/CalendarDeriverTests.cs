using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>The engine's semantics, on a small calendar written for the purpose.</summary>
public sealed class CalendarDeriverTests : IDisposable
{
    private const string Index = """
        version: "test.2"
        files: [comune.yaml, comunali.yaml, ballottaggio.yaml]
        actors:
          sindaco: { label: Sindaco, owner: comune }
          giunta: { label: Giunta comunale, owner: comune }
          segretario: { label: Segretario comunale, owner: comune }
          ufficio-elettorale: { label: Ufficio elettorale, owner: comune }
        events:
          liste-ammesse: Ricevimento delle liste ammesse
        population-threshold:
          default: 15000
          by-scope:
            - { region: Sicilia, limit: 10000, basis: "art. 2 L.R. 35/1997" }
        """;

    private const string Comune = """
        consultation: comune
        title: Comuni
        rules:
          - id: prima
            title: Quarantacinquesimo giorno
            actor: sindaco
            kind: scadenza
            due: { day: -45 }
            basis: art. 1
          - id: ventesimo
            title: Ventesimo giorno
            actor: ufficio-elettorale
            kind: scadenza
            due: { day: -20 }
            basis: art. 6 L. 95/1989
          - id: dopo
            title: Terzo giorno dopo
            actor: ufficio-elettorale
            kind: scadenza
            due: { day: 3 }
            basis: art. 2
          - id: rendiconto
            title: Rendiconto
            actor: ufficio-elettorale
            kind: scadenza
            due: { months: 4 }
            basis: art. 3
          - id: spazi
            title: Assegnazione degli spazi
            actor: giunta
            kind: scadenza
            due: { anchor: event:liste-ammesse, day: 2 }
            basis: art. 5 L. 212/1956
            prefetto: true
          - id: sorteggio
            title: Sorteggio
            actor: ufficio-elettorale
            kind: periodo
            start: { anchor: rule:ammissione }
            end: { anchor: rule:ammissione, working-days: 1 }
            basis: art. 4
          - id: ammissione
            title: Ammissione
            actor: ufficio-elettorale
            kind: scadenza
            due: { day: -15 }
            basis: art. 4
          - id: dopo-spazi
            title: Dopo gli spazi
            actor: sindaco
            kind: scadenza
            due: { anchor: rule:spazi, day: 1 }
            basis: art. 6
          - id: liste
            title: Presentazione delle liste
            actor: segretario
            kind: periodo
            start: { day: -30, time: "08:00" }
            end: { day: -29, time: "12:00" }
            basis: art. 28 d.P.R. 570/1960
          - id: trasmissione
            title: Trasmissione
            actor: segretario
            kind: scadenza
            due: { day: -29, time: "24:00" }
            basis: art. 28
          - id: vecchia
            title: Regola abrogata
            actor: sindaco
            kind: scadenza
            due: { day: -10 }
            basis: art. abrogato
            valid: { to: 2013-12-31 }
          - id: votazione
            title: Votazione
            actor: ufficio-elettorale
            kind: evento
            variants:
              - when: { voting-days: 1 }
                start: { day: 0, time: "07:00" }
                end: { day: 0, time: "23:00" }
              - when: { voting-days: 2 }
                start: { anchor: vote-first-day, day: 0, time: "07:00" }
                end: { anchor: vote-last-day, day: 0, time: "15:00" }
            basis: art. 1 c. 399 L. 147/2013
        """;

    private const string Comunali = """
        consultation: comunali
        title: Comunali
        rules:
          - id: comunali.scrutinio
            title: Scrutinio
            actor: ufficio-elettorale
            kind: evento
            variants:
              - when: { with: [europee] }
                due: { day: 1, time: "14:00" }
              - when: { voting-days: 1 }
                due: { day: 0, time: "23:00" }
            basis: art. 1 c. 400 L. 147/2013
          - id: comunali.ufficio-centrale
            title: Ufficio centrale
            actor: ufficio-elettorale
            kind: evento
            due: { day: 2, time: "08:00" }
            when: { population: superiore }
            basis: art. 72 TUEL
          - id: comunali.adunanza-presidenti
            title: Adunanza dei presidenti
            actor: ufficio-elettorale
            kind: evento
            due: { day: 2, time: "08:00" }
            when: { population: inferiore }
            basis: art. 71 TUEL
        """;

    private const string Ballottaggio = """
        consultation: ballottaggio
        title: Ballottaggio
        rules:
          - id: ballottaggio.luoghi-cura
            title: Richieste dei ricoverati
            actor: ufficio-elettorale
            kind: scadenza
            due: { anchor: ballottaggio, day: -3 }
            when: { ballottaggio: true }
            basis: art. 42 d.P.R. 570/1960
        """;

    private readonly TempCalendars dir = new(Comune, Index, ("comunali.yaml", Comunali), ("ballottaggio.yaml", Ballottaggio));

    private CalendarSet Set => field ??= dir.Load();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Derive_DaysBefore_CountFromTheVotingDay()
    {
        var calendar = Derive("2014-05-25");

        Assert.Equal(new LocalDate(2014, 4, 10), Find(calendar, "prima").Date);
        Assert.Equal(-45, Find(calendar, "prima").OffsetDays);
    }

    [Fact]
    public void Derive_TwoDayVote_CountsBeforeFromSundayAndAfterFromMonday()
    {
        var calendar = Derive("2011-05-15,2011-05-16");

        Assert.Equal(new LocalDate(2011, 3, 31), Find(calendar, "prima").Date);
        Assert.Equal(new LocalDate(2011, 5, 19), Find(calendar, "dopo").Date);
        Assert.Equal(4, Find(calendar, "dopo").OffsetDays); // relative to the reference Sunday
        Assert.Equal(new LocalDate(2011, 9, 15), Find(calendar, "rendiconto").Date);
        var vote = Find(calendar, "votazione");
        Assert.Equal((new LocalDate(2011, 5, 15), ClockTime.Of(7, 0)), (vote.StartDate!.Value, vote.StartTime!.Value));
        Assert.Equal((new LocalDate(2011, 5, 16), ClockTime.Of(15, 0)), (vote.Date!.Value, vote.Time!.Value));
    }

    [Fact]
    public void Derive_SaturdayAndSundayVote_CountsFromSunday() =>
        Assert.Equal(new LocalDate(2024, 4, 25), Find(Derive("2024-06-08,2024-06-09"), "prima").Date);

    [Fact]
    public void Derive_Months_LandOnTheLastDayOfAShorterMonth() =>
        Assert.Equal(new LocalDate(2022, 2, 28), Find(Derive("2021-10-31"), "rendiconto").Date);

    [Fact]
    public void Derive_EventNotGiven_IsPending()
    {
        var calendar = Derive("2014-05-25");

        var spazi = Find(calendar, "spazi");
        Assert.True(spazi.Pending);
        Assert.Null(spazi.Date);
        Assert.Null(spazi.OffsetDays);
        Assert.True(Find(calendar, "dopo-spazi").Pending); // anchored to a pending act
        Assert.Equal(calendar.Deadlines.Count - 2, calendar.Deadlines.TakeWhile(d => !d.Pending).Count()); // pending last
    }

    [Fact]
    public void Derive_EventGiven_DatesTheWaitingActs()
    {
        var calendar = Derive("2014-05-25", events: new() { ["liste-ammesse"] = new LocalDate(2014, 4, 28) });

        Assert.Equal(new LocalDate(2014, 4, 30), Find(calendar, "spazi").Date);
        Assert.Equal(new LocalDate(2014, 5, 1), Find(calendar, "dopo-spazi").Date);
        Assert.True(Find(calendar, "spazi").Flags.HasFlag(DeadlineFlags.AssicurazionePrefetto));
    }

    [Fact]
    public void Derive_UnknownEvent_IsRefused()
    {
        var error = Assert.Throws<InvalidFactsException>(() =>
            Derive("2014-05-25", events: new() { ["liste-respinte"] = new LocalDate(2014, 4, 28) }));

        Assert.Contains("Evento sconosciuto \"liste-respinte\"", error.Message);
    }

    [Fact]
    public void Derive_SameOrNextWorkingDay_SkipsSunday()
    {
        // Vote on Sunday 8 October 2017: the 15th day before is Saturday 23 September.
        var sorteggio = Find(Derive("2017-10-08"), "sorteggio");

        Assert.Equal(new LocalDate(2017, 9, 23), sorteggio.StartDate);
        Assert.Equal(new LocalDate(2017, 9, 25), sorteggio.Date);
    }

    [Fact]
    public void Derive_PatronSaint_IsNotAWorkingDay()
    {
        var sorteggio = Find(Derive("2017-10-08", patron: new AnnualDate(9, 25)), "sorteggio");

        Assert.Equal(new LocalDate(2017, 9, 26), sorteggio.Date);
    }

    [Fact]
    public void Derive_DeadlineOn25April_IsFlaggedFestivo()
    {
        // 25 May 2014: the 30th day before is Friday 25 April, Liberation Day.
        var liste = Find(Derive("2014-05-25"), "liste");

        Assert.Equal(new LocalDate(2014, 4, 25), liste.StartDate);
        Assert.True(liste.Flags.HasFlag(DeadlineFlags.InizioFestivo));
        Assert.False(liste.Flags.HasFlag(DeadlineFlags.Festivo)); // ends Saturday 26 at 12:00
    }

    [Fact]
    public void Derive_DeadlineOnEasterMonday_IsFlaggedFestivo()
    {
        // Vote on Sunday 11 May 2014: the 20th day before is Monday 21 April, Easter Monday.
        var ventesimo = Find(Derive("2014-05-11"), "ventesimo");

        Assert.Equal(new LocalDate(2014, 4, 21), ventesimo.Date);
        Assert.True(ventesimo.Flags.HasFlag(DeadlineFlags.Festivo));
        Assert.False(Find(Derive("2014-05-25"), "ventesimo").Flags.HasFlag(DeadlineFlags.Festivo));
    }

    [Fact]
    public void Derive_EndOfDay_IsTheNextMidnight()
    {
        var trasmissione = Find(Derive("2014-05-25"), "trasmissione");

        Assert.Equal(ClockTime.EndOfDay, trasmissione.Time);
        Assert.Equal(new LocalDateTime(2014, 4, 27, 0, 0), trasmissione.DueLocal);
    }

    [Fact]
    public void Derive_VoteOnTheSundayClocksGoForward_KeepsLocalHours()
    {
        // 28 March 2021: clocks go from 02:00 to 03:00. Offsets are calendar days, not 24-hour spans.
        var calendar = Derive("2021-03-28");

        var vote = Find(calendar, "votazione");
        Assert.Equal(new LocalDate(2021, 2, 26), Find(calendar, "liste").StartDate);
        Assert.Equal(Instant.FromUtc(2021, 3, 28, 5, 0), RomeTime.ToInstant(vote.StartDate!.Value.At(new LocalTime(7, 0))));
        Assert.Equal(Instant.FromUtc(2021, 3, 28, 21, 0), RomeTime.ToInstant(vote.DueLocal!.Value));
        Assert.Equal(Instant.FromUtc(2021, 2, 27, 23, 0), RomeTime.ToInstant(Find(calendar, "trasmissione").DueLocal!.Value));
    }

    [Fact]
    public void Derive_RuleOutsideItsValidity_DoesNotApply()
    {
        Assert.DoesNotContain(Derive("2014-05-25").Deadlines, d => d.Rule.Id == "vecchia");
        Assert.Equal(new LocalDate(2011, 5, 5), Find(Derive("2011-05-15"), "vecchia").Date);
    }

    [Fact]
    public void Derive_ComunaliWithEuropee_CountOnMondayAt14()
    {
        var together = Find(Derive("2014-05-25", "europee,comunali"), "comunali.scrutinio");
        var alone = Find(Derive("2014-05-25", "comunali"), "comunali.scrutinio");

        Assert.Equal((new LocalDate(2014, 5, 26), ClockTime.Of(14, 0)), (together.Date!.Value, together.Time!.Value));
        Assert.Equal((new LocalDate(2014, 5, 25), ClockTime.Of(23, 0)), (alone.Date!.Value, alone.Time!.Value));
    }

    [Fact]
    public void Derive_NoVariantHolds_RuleDoesNotApply() =>
        Assert.DoesNotContain(Derive("2011-05-15,2011-05-16", "comunali").Deadlines, d => d.Rule.Id == "comunali.scrutinio");

    [Theory]
    [InlineData(15000, null, "comunali.adunanza-presidenti")]
    [InlineData(15001, null, "comunali.ufficio-centrale")]
    [InlineData(12000, "Sicilia", "comunali.ufficio-centrale")]
    [InlineData(10000, "Sicilia", "comunali.adunanza-presidenti")]
    public void Derive_PopulationThreshold_ByRegion(int population, string? region, string expected)
    {
        var calendar = Derive("2014-05-25", "comunali", population, region: region);

        Assert.Contains(calendar.Deadlines, d => d.Rule.Id == expected);
        Assert.Single(calendar.Deadlines, d => d.Rule.Id.StartsWith("comunali.", StringComparison.Ordinal) && d.Rule.Id != "comunali.scrutinio");
    }

    [Fact]
    public void Derive_Ballottaggio_OnlyWhereItCanHappen()
    {
        Assert.DoesNotContain(Derive("2014-05-25", "comunali", 5000).Deadlines, d => d.Rule.Consultation == ConsultationType.Ballottaggio);
        Assert.DoesNotContain(Derive("2014-05-25", "europee", 50000).Deadlines, d => d.Rule.Consultation == ConsultationType.Ballottaggio);

        var superiore = Derive("2014-05-25", "comunali", 50000);
        Assert.Equal(new LocalDate(2014, 6, 5), Find(superiore, "ballottaggio.luoghi-cura").Date);

        // Below the threshold only after a tie, when the date is given.
        var tie = Derive("2014-05-25", "comunali", 5000, ballottaggio: new LocalDate(2014, 6, 8));
        Assert.Equal(new LocalDate(2014, 6, 5), Find(tie, "ballottaggio.luoghi-cura").Date);
    }

    [Fact]
    public void Derive_SecondLevelOnly_BringsNoCommonActs() =>
        Assert.Empty(Derive("2017-10-08", "metropolitane").Deadlines);

    [Fact]
    public void Derive_RecordsTheCalendarVersion() =>
        Assert.Equal(Set.Version, Derive("2014-05-25").CalendarVersion);

    [Fact]
    public void Derive_IsSortedByDateThenHour()
    {
        var dated = Derive("2014-05-25").Deadlines.Where(d => !d.Pending).ToList();

        Assert.Equal(dated.OrderBy(d => d.Date).ThenBy(d => d.Time?.MinuteOfDay ?? -1).Select(d => d.Rule.Id), dated.Select(d => d.Rule.Id));
    }

    private DerivedCalendar Derive(
        string votingDays,
        string consultations = "europee",
        int population = 20000,
        string? region = null,
        LocalDate? ballottaggio = null,
        Dictionary<string, LocalDate>? events = null,
        AnnualDate? patron = null)
    {
        var days = votingDays.Split(',').Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).Value).ToArray();
        return Set.Derive(new ElectionFacts
        {
            VotingDays = days.Length == 1 ? VotingDays.OneDay(days[0]) : VotingDays.TwoDays(days[0], days[1]),
            Consultations = consultations.Split(',').Select(c => ConsultationTypes.TryParse(c, out var t) ? t : throw new ArgumentException(c)).ToArray(),
            Population = population,
            Region = region,
            Ballottaggio = ballottaggio,
            Events = events ?? [],
            PatronSaint = patron,
        });
    }

    private static Deadline Find(DerivedCalendar calendar, string id) => Assert.Single(calendar.Deadlines, d => d.Rule.Id == id);
}
