using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Oggi;

/// <summary>
/// "What do I do today": the office's acts overdue and due today, then the next seven days, the
/// waiting acts with what each waits for, and apart what others do (da sapere); on a quiet day, the
/// next deadline. Filtered by consultation and by who acts through GET parameters, so the form works
/// without JavaScript and a filtered page can be bookmarked.
/// </summary>
public sealed class IndexModel(EnteAccess access, EnteDirectory directory, IClock clock, EnteDayQuery query, CalendarSet calendars) : EntePageModel(access, directory, clock)
{
    [BindProperty(SupportsGet = true, Name = "consultazione")]
    public string? Consultation { get; set; }

    [BindProperty(SupportsGet = true, Name = "chi")]
    public string? Actor { get; set; }

    public EnteDayList Result { get; private set; } = null!;

    /// <summary>What each waiting act waits for, in Italian (<see cref="ActStates.WaitingLabel"/>).</summary>
    public IReadOnlyDictionary<long, string> WaitingFor { get; private set; } = new Dictionary<long, string>();

    /// <summary>The Italian name of an actor of the calendars ("Sindaco").</summary>
    public string ActorLabel(string actor) => calendars.ActorLabel(actor);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        // The consultation comes as its id in the link; one the types do not know is as unknown as one the ente does not have.
        var consultationId = Blank(Consultation);
        ConsultationType? consultation = consultationId is not null && ConsultationTypes.TryParse(consultationId, out var parsed) ? parsed : null;
        var filter = new EnteDayFilter(consultation, Blank(Actor));
        Result = await query.RunAsync(Ente, null, filter, cancellationToken);

        // A value the ente's acts do not have (a mistyped or stale link) is said, and not applied.
        var consultationUnknown = consultationId is not null && (consultation is not { } c || !Result.Consultations.Contains(c));
        var actorUnknown = filter.Actor is { } a && !Result.Actors.Contains(a);
        if (consultationUnknown)
        {
            ModelState.AddModelError(nameof(Consultation), "La consultazione scelta non riguarda gli adempimenti aperti dell'ente: il filtro non è applicato.");
        }

        if (actorUnknown)
        {
            ModelState.AddModelError(nameof(Actor), "Chi deve agire, come scelto, non ha adempimenti aperti per l'ente: il filtro non è applicato.");
        }

        if (consultationUnknown || actorUnknown)
        {
            Consultation = consultationUnknown ? null : consultationId;
            Actor = actorUnknown ? null : filter.Actor;
            Result = await query.RunAsync(Ente, null, new EnteDayFilter(consultationUnknown ? null : consultation, Actor), cancellationToken);
        }

        WaitingFor = Result.Waiting.ToDictionary(
            i => i.Task.Id,
            i => ActStates.WaitingLabel(i.Task.WaitingFor, calendars) ?? "un evento non ancora registrato");
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
