using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Npgsql;
using Scadenzario.Accounts;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Jobs.Account;

/// <summary>
/// A request for a new password: the links (<see cref="PasswordResets"/>) and their messages in the
/// outbox are written in one transaction, so a link is never kept without its message nor a
/// message sent for a link that was not kept. The sender delivers it within its next run.
/// </summary>
public static class PasswordResetRequest
{
    /// <summary>How many messages were queued; the page never says it (the answer is the same for every name).</summary>
    public static async Task<int> SendAsync(PasswordResets resets, AccountsDb db, JobsOptions options, IClock clock, string nameOrEmail, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var links = await resets.IssueAsync(nameOrEmail, cancellationToken);
        var messages = links
            .Select(l => new OutboxMessage(null, l.Email, MessageKinds.RecuperoPassword, $"recupero:{l.Id}",
                PasswordResetComposer.Compose(new PasswordResetNotice(l.DisplayName, l.UserName, l.Token, l.ExpiresAt), options)))
            .ToList();
        var queued = messages.Count == 0 ? 0 : await OutboxWriter.EnqueueAsync(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), messages, clock.GetCurrentInstant(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return queued;
    }
}
