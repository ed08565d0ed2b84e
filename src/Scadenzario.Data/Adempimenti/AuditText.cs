using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>
/// An act's history as offices read it, in Italian: the action, the states and the details the
/// synchronizer and the services store with English keys and ISO timestamps. One definition for
/// the task page and the CLI's <c>tasks history</c>.
/// </summary>
public static class AuditText
{
    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Creato => "Creato",
        AuditAction.Completato => "Completato",
        AuditAction.Riaperto => "Riaperto",
        AuditAction.Datato => "Datato da un evento",
        AuditAction.Attivato => "Attivato",
        AuditAction.NonApplicabile => "Non applicabile",
        AuditAction.Spostato => "Scadenza spostata",
        AuditAction.EnteAccorpato => "Ente accorpato",
        AuditAction.Sollecitato => "Sollecito della Prefettura al comune",
        _ => "Aggiornato",
    };

    /// <summary>A stored status as a word ("in attesa"); "—" for none.</summary>
    public static string Status(AdempimentoStatus? status) => status switch
    {
        null => "—",
        AdempimentoStatus.DaFare => "da fare",
        AdempimentoStatus.Completato => "completato",
        AdempimentoStatus.NonApplicabile => "non applicabile",
        _ => "in attesa",
    };

    public static string Details(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return document.RootElement.ToString();
        }

        return string.Join("; ", document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => $"{Key(p.Name)}: {Value(p.Value)}"));
    }

    /// <summary>
    /// A stored due moment (<c>due_local</c>) as offices read it: the end of a day (an act without
    /// an hour, or "ore 24") is that day at "ore 24", never the next day at 00:00.
    /// </summary>
    public static string DueMoment(LocalDateTime? moment) => moment switch
    {
        null => "—",
        { TimeOfDay: var time } m when time == LocalTime.Midnight => ItalianDates.LongWithHour(m.Date.PlusDays(-1), Calendars.Rules.ClockTime.EndOfDay),
        { } m => ItalianDates.LongWithHour(m),
    };

    /// <summary>
    /// Who acted, as offices read it: the person's name for an account (<paramref name="names"/>:
    /// user name → name, from the accounts), the stored text otherwise (the synchronizer, the
    /// command line, an account without a name).
    /// </summary>
    public static string Actor(string? actor, IReadOnlyDictionary<string, string> names) => actor switch
    {
        null or "" => "—",
        _ when names.TryGetValue(actor, out var name) => name,
        _ => actor,
    };

    public static string Moment(Instant instant) => ItalianDates.LongWithHour(RomeTime.InRome(instant).LocalDateTime);

    // The synchronizer writes its details with English keys; offices read them in Italian.
    private static string Key(string key) => key switch
    {
        "reason" => "motivo",
        "from" => "da",
        "to" => "a",
        _ => key.Replace('_', ' '),
    };

    // Moved dates are stored as ISO timestamps ("2027-05-10T12:00:00"); an office reads them as days.
    private static string Value(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            && LocalDateTimePattern.ExtendedIso.Parse(value.GetString()!) is { Success: true } moment
            ? DueMoment(moment.Value)
            : value.ToString();
}
