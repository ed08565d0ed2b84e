using Scadenzario.Calendars;

namespace Scadenzario.Jobs.Composition;

/// <summary>
/// Whose acts an ente's offices answer for. The calendars list every act of a tornata, also those
/// of candidates, electors, seggi and the State; reminders, overdue lists and escalations are about
/// the acts the comune (or province, metropolitan city) itself must perform by a deadline.
/// </summary>
public sealed class Actors(IReadOnlyDictionary<string, string> labels)
{
    public static readonly IReadOnlyList<string> OwnedByEnte =
    [
        "ufficio-elettorale", "segretario", "sindaco", "giunta", "commissione-comunale",
        "ufficio-elettorale-provinciale", "ufficio-elettorale-metropolitano", "presidente-provincia", "sindaco-metropolitano",
    ];

    /// <summary>The kinds that end with a deadline to meet; events, openings and prohibitions are only shown.</summary>
    public static readonly IReadOnlyList<string> KindsWithDeadline = ["scadenza", "periodo"];

    public static Actors From(CalendarSet calendars) => new(calendars.Actors);

    public string Label(string actor) => labels.GetValueOrDefault(actor, actor);
}
