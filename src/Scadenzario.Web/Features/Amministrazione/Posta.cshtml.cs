using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Enti;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Amministrazione;

/// <summary>
/// The outgoing mail, for the amministratore alone (the folder's policy): how many messages wait,
/// went, failed or were closed, each with its attempts and the SMTP server's answers; a failed
/// message can be put back in the queue; the stored addresses that the strict check refuses.
/// </summary>
public sealed class PostaModel(NpgsqlDataSource dataSource, IClock clock) : PageModel
{
    /// <summary>Messages shown per state, the newest first; the counts say how many there are in all.</summary>
    public const int Shown = 50;

    public IReadOnlyDictionary<string, long> Counts { get; private set; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, IReadOnlyList<OutboxMessageView>> Messages { get; private set; } = new Dictionary<string, IReadOnlyList<OutboxMessageView>>();

    public IReadOnlyList<InvalidContact> InvalidContacts { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRitentaAsync(long id, CancellationToken cancellationToken)
    {
        var refusals = await OutboxRequeue.RequeueAsync(dataSource, [id], EnteAccess.ActorName(User), clock.GetCurrentInstant(), cancellationToken);
        if (refusals.Count > 0)
        {
            Error = string.Join(" ", refusals);
        }
        else
        {
            Outcome = $"Il messaggio n. {id} è di nuovo in coda: parte al prossimo giro dell'invio, con un nuovo periodo di tentativi.";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRitentaTuttiAsync(CancellationToken cancellationToken)
    {
        var count = await OutboxRequeue.RequeueAllFailedAsync(dataSource, EnteAccess.ActorName(User), clock.GetCurrentInstant(), cancellationToken);
        Outcome = count == 1 ? "Un messaggio è di nuovo in coda." : $"{count} messaggi sono di nuovo in coda.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public static string When(Instant instant) => ItalianDates.LongWithHour(instant.InZone(RomeTime.Zone).LocalDateTime);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counts = await OutboxQueries.CountsAsync(dataSource, cancellationToken);
        var messages = new Dictionary<string, IReadOnlyList<OutboxMessageView>>();
        foreach (var status in OutboxStates.All)
        {
            messages[status] = await OutboxQueries.ListAsync(dataSource, status, Shown, cancellationToken);
        }

        Messages = messages;
        InvalidContacts = await Data.Enti.InvalidContacts.FindAsync(dataSource, cancellationToken);
    }
}
