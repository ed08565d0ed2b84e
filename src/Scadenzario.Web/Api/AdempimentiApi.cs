using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Api;

/// <summary>An act as the API returns it; dates are ISO 8601, local times in Europe/Rome.</summary>
public sealed record AdempimentoDto(
    long Id, long Tornata, string Ente, string Regola, string Consultazione, string Titolo, string Attore, string Tipo,
    string BaseGiuridica, string? Inizio, string? Scadenza, string? OraScadenza, string? ScadenzaIstante, string Stato,
    bool AssicurazionePrefetto, string? Protocollo, string? Nota, string? CompletatoDa, string? CompletatoIl)
{
    /// <summary>How the act stands for its ente now, as every channel says it (<see cref="ActStates"/>): "scaduto", "scade oggi", "da sapere"…</summary>
    public string Situazione { get; init; } = "";

    /// <summary>Whose work the act is: comune, prefettura, secondo-grado, altri.</summary>
    public string Titolare { get; init; } = "";

    /// <summary>What a waiting act waits for, in Italian.</summary>
    public string? InAttesaDi { get; init; }

    public static AdempimentoDto From(Adempimento t, ActClock clock, CalendarSet calendars) => From(t) with
    {
        Situazione = ActStates.Label(ActStates.Of(t, clock)),
        Titolare = t.Owner.Id(),
        InAttesaDi = ActStates.WaitingLabel(t.WaitingFor, calendars),
    };

    private static AdempimentoDto From(Adempimento t) => new(
        t.Id, t.TornataId, t.EnteCode, t.RuleId, t.Consultation.Id(), t.Title, t.Actor, t.Kind.Id(), t.LegalBasis,
        t.StartDate?.ToString("yyyy-MM-dd", null), t.DueDate?.ToString("yyyy-MM-dd", null), t.DueTime?.ToString(),
        t.DueAt is { } due ? InstantPattern.ExtendedIso.Format(due) : null, t.Status.Id(), t.AssicurazionePrefetto,
        t.ProtocolNumber, t.CompletionNote, t.CompletedBy, t.CompletedAt is { } c ? InstantPattern.ExtendedIso.Format(c) : null);
}

public sealed record AccessoRequest(string NomeUtente, string Password);

public sealed record CompletamentoRequest(string? Protocollo, string? Nota);

public sealed record RiaperturaRequest(string? Motivo);

/// <summary>
/// An event to record, or with <see cref="Correggi"/> the corrected day of one already recorded
/// (<see cref="Motivo"/> required; the previous day stays in its history). <see cref="Giorno"/> is
/// required: no day is assumed.
/// </summary>
public sealed record EventoRequest(long Tornata, string Evento, string? Giorno, bool Correggi = false, string? Motivo = null);

public sealed record EventoDto(long Tornata, string Ente, string Evento, string Giorno, string RegistratoDa);

public sealed record EventoRegistratoDto(string Evento, int AdempimentiCreati, int AdempimentiAggiornati, int AdempimentiSpostati, int NonPiuApplicabili);

/// <summary>
/// The JSON API for other systems: the same slices and the same <see cref="EnteAccess"/> as the
/// pages. Refusals are RFC 7807 problem documents: 403 for an ente the user may not see, 404 for
/// an act (or tornata) that does not exist or belongs to such an ente, 409 for a change that clashes
/// with the act's state (already completed, changed meanwhile), 422 when a rule or the input refuses
/// it (<see cref="ApiProblems.Refusal"/>).
/// </summary>
public static class AdempimentiApi
{
    public static IEndpointRouteBuilder MapScadenzarioApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/accesso", LoginAsync).AllowAnonymous().WithTags("Accesso")
            .WithSummary("Rilascia un token (Authorization: Bearer) per chiamare l'API; troppi tentativi falliti da un indirizzo rispondono 429.");

        var api = app.MapGroup("/api")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = $"{IdentityConstants.ApplicationScheme},{IdentityConstants.BearerScheme}" })
            .WithTags("Adempimenti");
        api.MapGet("/enti/{ente}/adempimenti", ListAsync).WithSummary("Gli adempimenti di un ente, in ordine di scadenza.");
        api.MapGet("/adempimenti/{id:long}", GetAsync).WithSummary("Un adempimento.");
        api.MapPost("/adempimenti/{id:long}/completamento", CompleteAsync).WithSummary("Segna un adempimento come completato, con numero di protocollo o nota.");
        api.MapPost("/adempimenti/{id:long}/riapertura", ReopenAsync).WithSummary("Riapre un adempimento completato, indicandone il motivo.");
        api.MapGet("/enti/{ente}/eventi", EventsAsync).WithSummary("Gli eventi registrati per un ente.");
        api.MapPost("/enti/{ente}/eventi", RecordEventAsync).WithSummary("Registra un evento (liste ammesse, ballottaggio, proclamazione…).");
        return app;
    }

    /// <summary>
    /// Signs in with the bearer-token scheme: on success the handler writes the token response
    /// (access_token, expires_in, refresh_token) itself. The password is checked, never kept or logged.
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(AccessoRequest request, SignInManager<WebUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.NomeUtente ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            return TypedResults.Empty;
        }

        // The same answer as the login page's (Features/Account/LoginSignInManager.cs).
        return result is Features.Account.LoginThrottled
            ? TypedResults.Problem(Features.Account.LoginThrottle.PageMessage, statusCode: StatusCodes.Status429TooManyRequests, title: "Troppi tentativi di accesso")
            : TypedResults.Problem(Features.Account.LoginModel.Refused, statusCode: StatusCodes.Status401Unauthorized, title: "Accesso non riuscito");
    }

    private static async Task<Results<Ok<List<AdempimentoDto>>, ProblemHttpResult>> ListAsync(
        string ente, long? tornata, string? stato, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, IClock clock, CalendarSet calendars, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(user, ente, cancellationToken))
        {
            return Forbidden(ente);
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        var query = db.Adempimenti.AsNoTracking().Where(t => t.EnteCode == ente);
        if (tornata is { } id)
        {
            query = query.Where(t => t.TornataId == id);
        }

        if (stato is { Length: > 0 })
        {
            // A status that does not exist matches no act, as before the status was typed.
            if (!AdempimentoStatuses.TryParse(stato, out var status))
            {
                return TypedResults.Ok(new List<AdempimentoDto>());
            }

            query = query.Where(t => t.Status == status);
        }

        var tasks = await query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var at = ActClock.Of(clock);
        return TypedResults.Ok(tasks.Select(t => AdempimentoDto.From(t, at, calendars)).ToList());
    }

    private static async Task<Results<Ok<AdempimentoDto>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, IClock clock, CalendarSet calendars, CancellationToken cancellationToken)
    {
        var task = await FindVisibleAsync(id, user, access, dataSource, cancellationToken);
        return task is null ? NotFound(id) : TypedResults.Ok(AdempimentoDto.From(task, ActClock.Of(clock), calendars));
    }

    private static async Task<Results<Ok<AdempimentoDto>, ProblemHttpResult>> CompleteAsync(
        long id, CompletamentoRequest request, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, AdempimentiService service, IClock clock, CalendarSet calendars, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, access, dataSource, clock, calendars, cancellationToken,
            task => service.CompleteAsync(id, task.EnteCode, EnteAccess.ActorName(user), request.Protocollo, request.Nota, cancellationToken));

    private static async Task<Results<Ok<AdempimentoDto>, ProblemHttpResult>> ReopenAsync(
        long id, RiaperturaRequest request, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, AdempimentiService service, IClock clock, CalendarSet calendars, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, access, dataSource, clock, calendars, cancellationToken,
            task => service.ReopenAsync(id, task.EnteCode, EnteAccess.ActorName(user), request.Motivo ?? "", cancellationToken));

    private static async Task<Results<Ok<List<EventoDto>>, ProblemHttpResult>> EventsAsync(
        string ente, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeAsync(user, ente, cancellationToken))
        {
            return Forbidden(ente);
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        var events = await db.EnteEvents.AsNoTracking().Where(e => e.EnteCode == ente).OrderBy(e => e.Day).ToListAsync(cancellationToken);
        return TypedResults.Ok(events.Select(e => new EventoDto(e.TornataId, e.EnteCode, e.Event, e.Day.ToString("yyyy-MM-dd", null), e.RecordedBy)).ToList());
    }

    private static async Task<Results<Ok<EventoRegistratoDto>, ProblemHttpResult>> RecordEventAsync(
        string ente, EventoRequest request, ClaimsPrincipal user, EnteAccess access, TornataService service, CancellationToken cancellationToken)
    {
        if (!await access.CanActAsync(user, ente, cancellationToken))
        {
            return Forbidden(ente);
        }

        if (request.Giorno is not { Length: > 0 } text)
        {
            return ApiProblems.Refusal(new InvalidInputException("Indicare il giorno dell'evento (\"giorno\", AAAA-MM-GG): non si assume la data di oggi."));
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            return ApiProblems.Refusal(new InvalidInputException($"Giorno \"{text}\" non valido: usare il formato AAAA-MM-GG."));
        }

        try
        {
            var actor = EnteAccess.ActorName(user);
            var result = request.Correggi
                ? await service.CorrectEventAsync(request.Tornata, ente, request.Evento, parsed.Value, request.Motivo ?? "", actor, cancellationToken)
                : await service.RecordEventAsync(request.Tornata, ente, request.Evento, parsed.Value, actor, VotingDaysAdvice.Api, cancellationToken);
            return TypedResults.Ok(new EventoRegistratoDto(request.Evento, result.Created, result.Changed, result.Moved, result.NoLongerApplicable));
        }
        catch (DomainException e)
        {
            return ApiProblems.Refusal(e);
        }
    }

    private static async Task<Results<Ok<AdempimentoDto>, ProblemHttpResult>> ChangeAsync(
        long id, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, IClock clock, CalendarSet calendars, CancellationToken cancellationToken, Func<Adempimento, Task<Adempimento>> change)
    {
        var task = await FindVisibleAsync(id, user, access, dataSource, cancellationToken);
        if (task is null)
        {
            return NotFound(id);
        }

        if (!await access.CanActAsync(user, task.EnteCode, cancellationToken))
        {
            return Forbidden(task.EnteCode);
        }

        try
        {
            return TypedResults.Ok(AdempimentoDto.From(await change(task), ActClock.Of(clock), calendars));
        }
        catch (DomainException e)
        {
            return ApiProblems.Refusal(e);
        }
    }

    // Another ente's act is reported as missing: its existence is not disclosed.
    private static async Task<Adempimento?> FindVisibleAsync(long id, ClaimsPrincipal user, EnteAccess access, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        var task = await db.Adempimenti.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return task is not null && await access.CanSeeAsync(user, task.EnteCode, cancellationToken) ? task : null;
    }

    private static ProblemHttpResult Forbidden(string ente) =>
        TypedResults.Problem($"L'account non è abilitato a consultare o modificare l'ente {ente}.", statusCode: StatusCodes.Status403Forbidden, title: "Accesso non consentito");

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"Adempimento {id} inesistente o non visibile con questo account.", statusCode: StatusCodes.Status404NotFound, title: "Adempimento non trovato");
}
