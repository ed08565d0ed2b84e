using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>An ente as the messages name it, with its province (for a comune) and its prefettura.</summary>
public sealed record EnteNames(string Code, string Kind, string Name, string? ProvinceCode, string? PrefetturaCode);

/// <summary>A completion the prefettura must be told of: the audit entry, the act, and the evidence recorded with it.</summary>
public sealed record CompletionToAssure(long AuditId, Adempimento Task, string PrefetturaCode, string PrefetturaName, Instant At, string Actor, string? Protocollo, string? Nota);

/// <summary>A move of an act still to do (or waiting), with the tornata and the reason of the change that made it.</summary>
public sealed record MoveToNotify(long MoveId, long TornataId, string TornataName, Instant MovedAt, string Reason, string EnteCode, long TaskId, string Title, LocalDateTime? From, LocalDateTime? To);

/// <summary>
/// What the notifiers (Jobs) read of Data's tables, in the notifier's own connection and
/// transaction so that what they read and the outbox they write are one snapshot. The states are
/// <see cref="AdempimentoStatus"/>'s, never repeated as text.
/// </summary>
public static class NoticeQueries
{
    public static async Task<Dictionary<string, EnteNames>> EntiAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.ToArray();
        await using var db = ScadenzarioDb.Create(connection, transaction);
        return await db.Enti.AsNoTracking()
            .Where(e => wanted.Contains(e.Code))
            .Select(e => new EnteNames(e.Code, e.Kind, e.Name, e.ProvinceCode, e.PrefetturaCode))
            .ToDictionaryAsync(e => e.Code, cancellationToken);
    }

    /// <summary>The completions recorded in the audit entries (<paramref name="fromAuditId"/>, <paramref name="toAuditId"/>] of acts that require the assicurazione al Prefetto, by audit entry.</summary>
    public static async Task<IReadOnlyList<CompletionToAssure>> CompletionsToAssureAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long fromAuditId, long toAuditId, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(connection, transaction);
        var rows = await (
                from au in db.Audit.AsNoTracking()
                join a in db.Adempimenti.AsNoTracking() on au.AdempimentoId equals a.Id
                join e in db.Enti on a.EnteCode equals e.Code
                join p in db.Prefetture on e.PrefetturaCode equals p.Code
                where au.Id > fromAuditId && au.Id <= toAuditId && au.Action == AuditAction.Completato && a.AssicurazionePrefetto
                orderby au.Id
                select new { au.Id, Task = a, p.Code, p.Name, au.At, au.Actor, au.Details })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CompletionToAssure(r.Id, r.Task, r.Code, r.Name, r.At, r.Actor, Text(r.Details, "protocollo"), Text(r.Details, "nota")))];
    }

    /// <summary>The moves (<paramref name="fromMoveId"/>, <paramref name="toMoveId"/>] of acts still to do or waiting, by move.</summary>
    public static async Task<IReadOnlyList<MoveToNotify>> MovesToNotifyAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long fromMoveId, long toMoveId, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(connection, transaction);
        return await (
                from m in db.Moves.AsNoTracking()
                join a in db.Adempimenti on m.AdempimentoId equals a.Id
                join t in db.Tornate on a.TornataId equals t.Id
                where m.Id > fromMoveId && m.Id <= toMoveId && (a.Status == AdempimentoStatus.DaFare || a.Status == AdempimentoStatus.InAttesa)
                orderby m.Id
                select new MoveToNotify(m.Id, a.TornataId, t.Name, m.MovedAt, m.Reason, a.EnteCode, a.Id, a.Title, m.FromDueLocal, m.ToDueLocal))
            .ToListAsync(cancellationToken);
    }

    // The audit's details are a JSON object; a field absent or null is no value, as "->>" reads it.
    private static string? Text(string details, string field)
    {
        using var json = JsonDocument.Parse(details);
        return json.RootElement.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
    }
}
