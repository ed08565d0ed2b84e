using Npgsql;
using Scadenzario.Data.Adempimenti;

namespace Scadenzario.Jobs.Composition;

/// <summary>What the notifiers share: enti as the messages name them (read by Data's <see cref="NoticeQueries"/>), and acts as <see cref="TaskItem"/>. Who receives is <see cref="Data.Recipients.RecipientBook"/>'s.</summary>
internal static class TaskQueries
{
    public static TaskItem Item(Data.Model.Adempimento task, Actors actors) => new(
        task.Id, task.Title, actors.Label(task.Actor), Calendars.Rules.RuleKinds.Id(task.Kind), task.LegalBasis, task.StartDate, task.StartTime, task.DueDate, task.DueTime);

    /// <summary>An ente as the messages name it, with its province (for a comune) and its prefettura.</summary>
    public sealed record EnteInfo(EnteRef Ente, string? ProvinceCode, string? PrefetturaCode);

    /// <summary>The enti as the messages name them: <see cref="NoticeQueries.EntiAsync"/>, in the caller's transaction.</summary>
    public static async Task<Dictionary<string, EnteInfo>> EntiAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        (await NoticeQueries.EntiAsync(connection, transaction, codes, cancellationToken))
            .ToDictionary(e => e.Key, e => new EnteInfo(new EnteRef(e.Value.Code, e.Value.Kind, e.Value.Name), e.Value.ProvinceCode, e.Value.PrefetturaCode));

    /// <summary>A recipient's key: addresses that differ only in case are one person.</summary>
    public static string Key(string address) => Data.Recipients.RecipientBook.Key(address);

    public static readonly StringComparer ItalianOrder = StringComparer.Create(new System.Globalization.CultureInfo("it-IT"), ignoreCase: true);
}
