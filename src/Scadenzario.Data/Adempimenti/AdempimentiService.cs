using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>One comune's standing in the province overview.</summary>
public sealed record EnteProgress(string Code, string Name, Phase Phase, int Total, int Completed, int Open, int Overdue, int AwaitingAssicurazione);

/// <summary>
/// Asks and changes adempimenti: completion with evidence, reopening, the
/// history, the overview of a province. Every change writes its audit entry in the same transaction.
/// </summary>
public sealed class AdempimentiService(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>
    /// Marks an act done with its evidence. Refused for another ente's act, for an act waiting for
    /// an event, and when someone else completed it first (two offices clicking at once: one wins).
    /// </summary>
    public Task<Adempimento> CompleteAsync(long id, string actingEnte, string by, string? protocolNumber, string? note, CancellationToken cancellationToken = default) =>
        CompleteAsync(id, actingEnte, by, protocolNumber, note, joined: null, cancellationToken);

    /// <summary>
    /// The same completion inside the caller's transaction (<paramref name="joined"/>): for an act that another
    /// record completes, such as the attestation the ufficio elettorale receives, so both are written or neither.
    /// </summary>
    public async Task<Adempimento> CompleteAsync(
        long id, string actingEnte, string by, string? protocolNumber, string? note, NpgsqlTransaction? joined, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(protocolNumber) && string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidInputException("Per completare un adempimento indicare il numero di protocollo o una nota.");
        }

        InputLimits.Check(protocolNumber?.Trim(), InputLimits.Protocollo);
        InputLimits.Check(note?.Trim(), InputLimits.Nota);

        return await Change(id, actingEnte, by, joined, cancellationToken, task =>
        {
            switch (task.Status)
            {
                case AdempimentoStatus.InAttesa:
                    // The stored code ("event:liste-ammesse") never reaches a user; the act's page and Oggi say
                    // in Italian what it waits for (WaitingFor.Italian, which needs the calendars).
                    throw new RefusedByRuleException($"L'adempimento {id} è in attesa: il suo termine decorre da un evento o da un altro adempimento " +
                        "non ancora registrato, e non si può ancora completare.");
                case AdempimentoStatus.NonApplicabile:
                    throw new RefusedByRuleException($"L'adempimento {id} non si applica a questo ente.");
                case AdempimentoStatus.Completato:
                    throw AlreadyCompleted(task);
            }

            task.Status = AdempimentoStatus.Completato;
            task.CompletedAt = clock.GetCurrentInstant();
            task.CompletedBy = by;
            task.ProtocolNumber = Blank(protocolNumber);
            task.CompletionNote = Blank(note);
            return (AuditAction.Completato, AdempimentoStatus.DaFare, new { protocollo = task.ProtocolNumber, nota = task.CompletionNote });
        });
    }

    /// <summary>Reopens a completed act; the reason is required and kept in the history.</summary>
    public async Task<Adempimento> ReopenAsync(long id, string actingEnte, string by, string reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("Per riaprire un adempimento indicare il motivo.");
        }

        InputLimits.Check(reason.Trim(), InputLimits.Motivo);

        return await Change(id, actingEnte, by, joined: null, cancellationToken, task =>
        {
            if (task.Status != AdempimentoStatus.Completato)
            {
                throw new ConflictException($"L'adempimento {id} non è completato: non c'è nulla da riaprire.");
            }

            var previous = new { protocollo = task.ProtocolNumber, nota = task.CompletionNote, completato_da = task.CompletedBy, motivo = reason.Trim() };
            task.Status = AdempimentoStatus.DaFare;
            task.CompletedAt = null;
            task.CompletedBy = null;
            task.ProtocolNumber = null;
            task.CompletionNote = null;
            return (AuditAction.Riaperto, AdempimentoStatus.Completato, previous);
        });
    }

    public async Task<IReadOnlyList<AdempimentoAudit>> HistoryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        return await db.Audit.AsNoTracking().Where(a => a.AdempimentoId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Every comune of a province in a tornata: its phase and progress, overdue acts and acts awaiting the assicurazione.</summary>
    public async Task<IReadOnlyList<EnteProgress>> ProvinceOverviewAsync(long tornataId, string province, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        if (!await db.Enti.AnyAsync(e => e.Code == province && e.Kind != EnteKinds.Comune, cancellationToken))
        {
            throw new NotFoundException($"Provincia \"{province}\" sconosciuta: indicare la sigla (es. TO).");
        }

        return await new ProvinceDashboardQueries(dataSource, clock).OverviewAsync(tornataId, province, consultation: null, cancellationToken);
    }

    private async Task<Adempimento> Change(
        long id, string actingEnte, string by, NpgsqlTransaction? joined, CancellationToken cancellationToken, Func<Adempimento, (AuditAction Action, AdempimentoStatus FromStatus, object Details)> change)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new InvalidInputException("Indicare chi esegue l'operazione.");
        }

        InputLimits.Check(by, InputLimits.Autore);

        await using var db = joined is null ? ScadenzarioDb.Create(dataSource) : ScadenzarioDb.Create(joined.Connection!, joined);
        await using var transaction = joined is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var task = await db.Adempimenti.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException($"Adempimento {id} inesistente.");
        if (task.EnteCode != actingEnte)
        {
            throw new RefusedByRuleException($"L'adempimento {id} è dell'ente {task.EnteCode}, non di {actingEnte}: non si può modificare.");
        }

        var (action, from, details) = change(task);
        task.RowVersion++;
        db.Audit.Add(new AdempimentoAudit
        {
            AdempimentoId = id,
            At = clock.GetCurrentInstant(),
            Actor = by,
            Action = action,
            FromStatus = from,
            ToStatus = task.Status,
            Details = JsonSerializer.Serialize(details),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = ScadenzarioDb.Create(dataSource);
            var now = await fresh.Adempimenti.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
            throw now.Status == AdempimentoStatus.Completato
                ? AlreadyCompleted(now)
                : new ConflictException($"L'adempimento {id} è stato modificato da un'altra sessione nel frattempo: ricaricare e riprovare.");
        }

        return task;
    }

    private static ConflictException AlreadyCompleted(Adempimento task) =>
        new($"L'adempimento {task.Id} è già stato completato da {task.CompletedBy} il "
            + $"{ItalianDates.Long(task.CompletedAt!.Value.InZone(RomeTime.Zone).Date)} alle {task.CompletedAt.Value.InZone(RomeTime.Zone):HH:mm}"
            + (task.ProtocolNumber is null ? "." : $" (protocollo {task.ProtocolNumber})."));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
