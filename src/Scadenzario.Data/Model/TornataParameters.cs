using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Scadenzario.Data.Model;

/// <summary>
/// The decree's parameters of a tornata at the database edge: a jsonb object of parameter id →
/// raw value (<c>{"chiusura-votazione": "22:00"}</c>), read into an ordinal, ordered map.
/// </summary>
public static class TornataParameters
{
    public static IReadOnlyDictionary<string, string> None { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    internal static ValueConverter<IReadOnlyDictionary<string, string>, string> Converter { get; } =
        new(value => ToJson(value), json => FromJson(json));

    internal static ValueComparer<IReadOnlyDictionary<string, string>> Comparer { get; } = new(
        (a, b) => a!.Count == b!.Count && a.All(p => b.ContainsKey(p.Key) && b[p.Key] == p.Value),
        value => value.Aggregate(0, (hash, p) => HashCode.Combine(hash, p.Key, p.Value)),
        value => Of(value));

    /// <summary>A copy ordered by id, so that the stored JSON and what is printed are stable.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<KeyValuePair<string, string>> parameters) =>
        new SortedDictionary<string, string>(parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>"chiusura-votazione=22:00, apertura-votazione=07:00", or "nessuno".</summary>
    public static string Describe(IReadOnlyDictionary<string, string> parameters) =>
        parameters.Count == 0 ? "nessuno (valori di legge)" : string.Join(", ", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>The parameters as an office reads them: "Inizio dello scrutinio: lunedì 24 giugno 2024, ore 14:00"; the law's values when none.</summary>
    public static string Italian(Calendars.CalendarSet calendars, IReadOnlyDictionary<string, string> parameters) =>
        parameters.Count == 0 ? "i valori di legge"
            : string.Join("; ", parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{(calendars.Parameters.TryGetValue(p.Key, out var d) ? d.Label : p.Key)}: {Shown(calendars, p.Key, p.Value)}"));

    /// <summary>One parameter's stored value in words: "ore 22:00", "lunedì 24 giugno 2024, ore 14:00".</summary>
    public static string Shown(Calendars.CalendarSet calendars, string id, string value)
    {
        if (!calendars.Parameters.TryGetValue(id, out var definition))
        {
            return value;
        }

        return definition.Kind switch
        {
            Calendars.Rules.ParameterKind.Time => $"ore {value}",
            Calendars.Rules.ParameterKind.DateTime when value.Length == 16 && NodaTime.Text.LocalDatePattern.Iso.Parse(value[..10]) is { Success: true } day
                => Calendars.Time.ItalianDates.LongWithHour(day.Value, value[11..]),
            _ => value,
        };
    }

    internal static string ToJson(IReadOnlyDictionary<string, string> value) =>
        JsonSerializer.Serialize(value.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));

    internal static IReadOnlyDictionary<string, string> FromJson(string json) =>
        Of(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []);
}
