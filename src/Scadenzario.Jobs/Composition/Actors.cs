using Scadenzario.Calendars;

namespace Scadenzario.Jobs.Composition;

/// <summary>The actors' Italian labels, as the emails name who acts. Whose acts they are is the calendars' <c>owner</c>, decided by <c>ActStates</c>.</summary>
public sealed class Actors(IReadOnlyDictionary<string, string> labels)
{
    public static Actors From(CalendarSet calendars) => new(calendars.Actors);

    public string Label(string actor) => labels.GetValueOrDefault(actor, actor);
}
