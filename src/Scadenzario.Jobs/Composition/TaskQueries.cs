using NodaTime;
using Npgsql;

namespace Scadenzario.Jobs.Composition;

/// <summary>The reads the notifiers share: enti with their contacts, and task rows as <see cref="TaskItem"/>.</summary>
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
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<LocalDate>(7),
        reader.IsDBNull(8) ? null : reader.GetString(8));

    public static TaskItem Item(Data.Model.Adempimento task, Actors actors) => new(
        task.Id, task.Title, actors.Label(task.Actor), Calendars.Rules.RuleKinds.Id(task.Kind), task.LegalBasis, task.StartDate, task.StartTime, task.DueDate, task.DueTime);

    public sealed record EnteContacts(EnteRef Ente, string? UfficioElettorale, string? Segretario, string? PrefetturaCode)
    {
        /// <summary>The people a comune's messages go to: the ufficio elettorale and the segretario, once when they are one address.</summary>
        public IEnumerable<string> Recipients() =>
            new[] { UfficioElettorale, Segretario }
                .Where(a => !string.IsNullOrWhiteSpace(a))
                .Select(a => a!.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    public static async Task<Dictionary<string, EnteContacts>> EntiAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT code, kind, name, email_ufficio_elettorale, email_segretario, prefettura_code FROM ente WHERE code = ANY(@codes)", connection, transaction);
        command.Parameters.AddWithValue("codes", codes.ToArray());
        var enti = new Dictionary<string, EnteContacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            enti[code] = new EnteContacts(
                new EnteRef(code, reader.GetString(1), reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5));
        }

        return enti;
    }

    /// <summary>A recipient's key: addresses differ only in case are one person.</summary>
    public static string Key(string address) => address.Trim().ToLowerInvariant();

    public static readonly StringComparer ItalianOrder = StringComparer.Create(new System.Globalization.CultureInfo("it-IT"), ignoreCase: true);
}
