using NodaTime;
using Npgsql;

namespace Scadenzario.Jobs.Composition;

/// <summary>The reads the notifiers share: enti as the messages name them, and task rows as <see cref="TaskItem"/>. Who receives is <see cref="Data.Recipients.RecipientBook"/>'s.</summary>
internal static class TaskQueries
{
    /// <summary>The columns <see cref="ReadTask"/> expects, first in the select list, from an <c>adempimento</c> aliased <c>a</c>.</summary>
    public const string TaskColumns = "a.id, a.title, a.actor, a.kind, a.legal_basis, a.start_date, a.start_time, a.due_date, a.due_time";

    public const int TaskColumnCount = 9;

    public static TaskItem ReadTask(NpgsqlDataReader reader, Actors actors) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        actors.Label(reader.GetString(2)),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<LocalDate>(5),
        reader.IsDBNull(6) ? null : Calendars.Rules.ClockTime.Parse(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<LocalDate>(7),
        reader.IsDBNull(8) ? null : Calendars.Rules.ClockTime.Parse(reader.GetString(8)));

    public static TaskItem Item(Data.Model.Adempimento task, Actors actors) => new(
        task.Id, task.Title, actors.Label(task.Actor), Calendars.Rules.RuleKinds.Id(task.Kind), task.LegalBasis, task.StartDate, task.StartTime, task.DueDate, task.DueTime);

    /// <summary>An ente as the messages name it, with its province (for a comune) and its prefettura.</summary>
    public sealed record EnteInfo(EnteRef Ente, string? ProvinceCode, string? PrefetturaCode);

    public static async Task<Dictionary<string, EnteInfo>> EntiAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT code, kind, name, province_code, prefettura_code FROM ente WHERE code = ANY(@codes)", connection, transaction);
        command.Parameters.AddWithValue("codes", codes.ToArray());
        var enti = new Dictionary<string, EnteInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            enti[code] = new EnteInfo(
                new EnteRef(code, reader.GetString(1), reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
        }

        return enti;
    }

    /// <summary>A recipient's key: addresses that differ only in case are one person.</summary>
    public static string Key(string address) => Data.Recipients.RecipientBook.Key(address);

    public static readonly StringComparer ItalianOrder = StringComparer.Create(new System.Globalization.CultureInfo("it-IT"), ignoreCase: true);
}
