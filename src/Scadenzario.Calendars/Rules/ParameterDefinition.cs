using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Scadenzario.Calendars.Rules;

/// <summary>What a tornata parameter takes.</summary>
public enum ParameterKind
{
    /// <summary>An hour, <c>HH:mm</c> (<c>24:00</c> allowed): the time point keeps its day.</summary>
    Time,

    /// <summary>A day and an hour, <c>YYYY-MM-DDTHH:mm</c>, inside the definition's window.</summary>
    DateTime,

    /// <summary>
    /// One of the definition's <see cref="ParameterDefinition.Values"/> (the kind of a referendum):
    /// it moves no time point, rules name it in a <c>when: { parameter: … }</c> condition.
    /// </summary>
    Choice,
}

/// <summary>
/// The days a <see cref="ParameterKind.DateTime"/> parameter may fall on, counted from the last
/// voting day (0 = that day): the count of combined consultations starts after the vote closes.
/// </summary>
public readonly record struct ParameterWindow(int FromDay, int ToDay);

/// <summary>A parameter of <c>index.yaml</c> that the decree of a tornata may set, e.g. the hour the seggi open.</summary>
public sealed record ParameterDefinition(string Id, string Label, ParameterKind Kind, ParameterWindow? Window)
{
    /// <summary>The id used in <c>index.yaml</c>: <c>time</c>, <c>date-time</c> or <c>choice</c>.</summary>
    public string KindId => Kind switch
    {
        ParameterKind.Time => "time",
        ParameterKind.DateTime => "date-time",
        _ => "choice",
    };

    /// <summary>With <see cref="ParameterKind.Choice"/>: the values the tornata may give, as typed.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}

/// <summary>A parameter value as the tornata sets it, parsed.</summary>
internal readonly record struct ParameterValue(LocalDate? Date, ClockTime Time)
{
    /// <summary>The value of a <see cref="ParameterKind.Choice"/> parameter; null for the others.</summary>
    public string? Choice { get; init; }

    /// <summary>
    /// Parses <paramref name="text"/> for <paramref name="definition"/>; null and an Italian
    /// <paramref name="problem"/> when it is not valid. The window is checked when
    /// <paramref name="lastVotingDay"/> is known.
    /// </summary>
    public static ParameterValue? Parse(ParameterDefinition definition, string text, LocalDate? lastVotingDay, out string problem)
    {
        problem = "";
        var value = text.Trim();
        if (definition.Kind == ParameterKind.Choice)
        {
            if (definition.Values.Contains(value, StringComparer.Ordinal))
            {
                return new ParameterValue(null, default) { Choice = value };
            }

            problem = $"parametro \"{definition.Id}\" ({definition.Label}): \"{text}\" non è tra i valori ammessi; indicare {string.Join(" o ", definition.Values)}.";
            return null;
        }

        if (definition.Kind == ParameterKind.Time)
        {
            if (ClockTime.TryParse(value, out var time))
            {
                return new ParameterValue(null, time);
            }

            problem = $"parametro \"{definition.Id}\" ({definition.Label}): \"{text}\" non è un'ora valida; indicare HH:mm, da 00:00 a 24:00 (es. 07:00).";
            return null;
        }

        var separator = value.IndexOf('T', StringComparison.Ordinal);
        if (separator != 10
            || LocalDatePattern.Iso.Parse(value[..separator]) is not { Success: true } date
            || !ClockTime.TryParse(value[(separator + 1)..], out var hour))
        {
            problem = $"parametro \"{definition.Id}\" ({definition.Label}): \"{text}\" non è una data e ora valida; indicare AAAA-MM-GGTHH:mm (es. 2024-06-10T14:00).";
            return null;
        }

        if (lastVotingDay is { } last && definition.Window is { } window)
        {
            var first = last.PlusDays(window.FromDay);
            var final = last.PlusDays(window.ToDay);
            if (date.Value < first || date.Value > final)
            {
                problem = $"parametro \"{definition.Id}\" ({definition.Label}): il {Italian(date.Value)} è fuori dai giorni ammessi; indicare un giorno dal {Italian(first)} al {Italian(final)}.";
                return null;
            }
        }

        return new ParameterValue(date.Value, hour);
    }

    private static string Italian(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
