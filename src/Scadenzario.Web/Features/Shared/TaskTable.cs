using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Features.Shared;

/// <summary>
/// A captioned list of acts, as the Oggi page shows them. With <see cref="WaitingFor"/> (the act's id
/// to what it waits for, in Italian) the first column says what each act waits for instead of its day.
/// </summary>
public sealed record TaskTable(string Id, string Caption, string Empty, IReadOnlyList<Adempimento> Tasks, Instant Now, LocalDate Today)
{
    public IReadOnlyDictionary<long, string>? WaitingFor { get; init; }
}

/// <summary>The national holidays marked on the days the pages show (offices are closed unless the law keeps them open).</summary>
public static class Festivi
{
    /// <summary>The holiday's name ("Festa della Repubblica") on <paramref name="date"/>, or null.</summary>
    public static string? Of(LocalDate? date) => date is { } d ? ItalianHolidays.NameOf(d) : null;
}
