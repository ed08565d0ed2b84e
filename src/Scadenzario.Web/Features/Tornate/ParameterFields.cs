using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// The decree's parameters as form fields: one per definition of <c>calendars/index.yaml</c>, each
/// checked by the engine on its own so that its message stands next to it.
/// </summary>
public static class ParameterFields
{
    public static IReadOnlyList<ParameterDefinition> Of(CalendarSet calendars) =>
        [.. calendars.Parameters.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>The field's name and id in the form ("Parametri[chiusura-votazione]", "parametro-chiusura-votazione").</summary>
    public static string Name(string prefix, string id) => $"{prefix}[{id}]";

    public static string Id(string id) => "parametro-" + id;

    /// <summary>The input type the browser offers: an hour, a date and hour, or a list of choices.</summary>
    public static string InputType(ParameterDefinition definition) => definition.Kind switch
    {
        ParameterKind.Time => "time",
        ParameterKind.DateTime => "datetime-local",
        _ => "select",
    };

    /// <summary>
    /// The parameters given (empty fields dropped), each validated by the engine against
    /// <paramref name="days"/> when they are known; a problem goes to its field.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(
        CalendarSet calendars, IReadOnlyDictionary<string, string?> values, IReadOnlyList<LocalDate>? days, ModelStateDictionary state, string prefix)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(state);
        var votingDays = days is null ? null : days.Count == 1 ? VotingDays.OneDay(days[0]) : VotingDays.TwoDays(days[0], days[1]);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, raw) in values ?? new Dictionary<string, string?>())
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var value = raw.Trim();
            if (!calendars.Parameters.TryGetValue(id, out var definition))
            {
                state.AddModelError(Name(prefix, id), "Parametro non previsto dal calendario: ricaricare la pagina.");
                continue;
            }

            if (calendars.ValidateParameters(new Dictionary<string, string> { [id] = value }, votingDays) is [var problem, ..])
            {
                state.AddModelError(Name(prefix, id), WithoutName(problem, definition));
                continue;
            }

            given[id] = value;
        }

        return given;
    }

    // The engine names the parameter for the command line (parametro "id" (label): …); next to its field the label is already there.
    private static string WithoutName(string problem, ParameterDefinition definition)
    {
        var prefix = $"parametro \"{definition.Id}\" ({definition.Label}): ";
        var text = problem.StartsWith(prefix, StringComparison.Ordinal) ? problem[prefix.Length..] : problem;
        return char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("it-IT")) + text[1..];
    }
}

/// <summary>What the parameters' fieldset shows: the definitions, the values typed, and each field's refusal.</summary>
public sealed record ParametriFields(
    IReadOnlyList<ParameterDefinition> Definitions, IReadOnlyDictionary<string, string?> Values, string Prefix, Func<string, string?> ErrorFor);
