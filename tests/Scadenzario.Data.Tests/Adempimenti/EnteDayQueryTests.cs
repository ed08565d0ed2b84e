using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Adempimenti;

/// <summary>
/// The day of an ente (<see cref="EnteDayQuery"/>, behind Oggi and the CLI's day list) on the ten
/// hand-written acts of <see cref="OggiActs"/>: the lists, the waiting acts, the next deadline and
/// the filters. The expected letters are read off the fixture's dates, written here.
/// </summary>
public sealed partial class EnteDayQueryTests : IAsyncLifetime
{
    private const string Savona = "009056";

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = new(OggiActs.Friday);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "SV");
        var tornata = await new TornataService(database.DataSource, Fixtures.Calendars, clock).CreateAsync("Europee e comunali 2024", [new LocalDate(2024, 6, 9)]);
        await OggiActs.WriteAsync(database, tornata, Savona);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private EnteDayQuery Query => new(database.DataSource, clock);

    [Fact]
    public async Task Friday_OwnActsByState_WaitingListed_OthersApart()
    {
        var day = await Query.RunAsync(Savona);

        Assert.Equal(["A"], Letters(day.Overdue));
        Assert.Equal(["C"], Letters(day.Today));
        Assert.Equal(["E"], Letters(day.NextDays));
        Assert.Equal(["H", "W"], Letters(day.Waiting));
        Assert.Equal(["M", "L"], Letters(day.DaSapere));
        Assert.False(day.IsQuiet);
        // C, due today at 12:00, is still ahead at 10:00.
        Assert.Equal("C", Letter(day.NextDeadline!.Task.Title));
    }

    [Fact]
    public async Task Friday_OffersTheConsultationsAndActorsOfTheOpenActs()
    {
        var day = await Query.RunAsync(Savona, null, new EnteDayFilter(Consultation: Calendars.Rules.ConsultationType.Europee));

        Assert.Equal([Calendars.Rules.ConsultationType.Comunali, Calendars.Rules.ConsultationType.Europee], day.Consultations);
        Assert.Equal(["elettori", "giunta", "prefettura", "segretario", "sindaco", "ufficio-elettorale"], day.Actors);
    }

    [Fact]
    public async Task QuietDay_NothingDue_TheNextDeadlineIsA()
    {
        clock.Reset(OggiActs.QuietMonday);

        var day = await Query.RunAsync(Savona);

        Assert.True(day.IsQuiet);
        Assert.Empty(day.Overdue);
        Assert.Empty(day.Today);
        Assert.Empty(day.NextDays);
        Assert.Empty(day.DaSapere);
        Assert.Equal(["H", "W"], Letters(day.Waiting));
        Assert.Equal("A", Letter(day.NextDeadline!.Task.Title));
        Assert.Equal(new LocalDate(2024, 5, 8), day.NextDeadline.Task.DueDate);
    }

    [Fact]
    public async Task FilterByConsultation_KeepsOnlyItsActs_InEveryList()
    {
        var day = await Query.RunAsync(Savona, null, new EnteDayFilter(Consultation: Calendars.Rules.ConsultationType.Europee));

        Assert.Empty(day.Overdue);
        Assert.Equal(["C"], Letters(day.Today));
        Assert.Equal(["E"], Letters(day.NextDays));
        Assert.Equal(["H"], Letters(day.Waiting));
        Assert.Equal(["L"], Letters(day.DaSapere));
        Assert.False(day.IsQuiet);
    }

    [Fact]
    public async Task FilterByActor_TheSindaco_NextDeadlineIsHisOwn()
    {
        var day = await Query.RunAsync(Savona, null, new EnteDayFilter(Actor: "sindaco"));

        Assert.Equal(["A"], Letters(day.Overdue));
        Assert.Empty(day.Today);
        Assert.Empty(day.NextDays);
        Assert.Empty(day.Waiting);
        Assert.Empty(day.DaSapere);
        // R, on Sunday 2 June, not G of the ufficio elettorale on the 3rd nor C of the giunta today.
        Assert.Equal("R", Letter(day.NextDeadline!.Task.Title));
    }

    [Fact]
    public async Task FilterByBoth_Comunali_UfficioElettorale()
    {
        var day = await Query.RunAsync(Savona, null, new EnteDayFilter(Calendars.Rules.ConsultationType.Comunali, "ufficio-elettorale"));

        Assert.True(day.IsQuiet);
        Assert.Equal(["W"], Letters(day.Waiting));
        Assert.Equal("G", Letter(day.NextDeadline!.Task.Title));
    }

    [Fact]
    public async Task EnteWithNothingOpen_HasItsNameAndEmptyLists_AnUnknownCodeIsRefused()
    {
        // Albenga, of the same import, has no acts.
        var day = await Query.RunAsync("009002");

        Assert.Equal("Albenga", day.EnteName);
        Assert.True(day.IsQuiet);
        Assert.Empty(day.Waiting);
        Assert.Empty(day.DaSapere);
        Assert.Null(day.NextDeadline);
        Assert.Empty(day.Consultations);
        await Assert.ThrowsAsync<NotFoundException>(() => Query.RunAsync("999999"));
    }

    private static string Letter(string title) => LetterPattern().Match(title).Groups[1].Value;

    private static List<string> Letters(IEnumerable<ActItem> items) => [.. items.Select(i => Letter(i.Task.Title))];

    [GeneratedRegex("^Prova ([A-Z]) ")]
    private static partial Regex LetterPattern();
}
