using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Limits;

namespace Scadenzario.Web.Api;

/// <summary>
/// Every refusal of the API is an Italian RFC 7807 problem document (<c>application/problem+json</c>):
/// the ones our handlers write, the ones the framework writes for a status alone (401, 404, 405,
/// 415…), the model-binding and JSON errors of a malformed body, and unexpected failures. The
/// framework's English titles ("Bad Request") never reach a caller.
/// </summary>
public static class ApiProblems
{
    public static IServiceCollection AddScadenzarioProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Problems our handlers write carry their own Italian detail; the framework's have none.
            if (context.ProblemDetails.Detail is null && context.ProblemDetails.Status is { } status)
            {
                (context.ProblemDetails.Title, context.ProblemDetails.Detail) = Describe(status);
            }
        });

        // A body that does not bind is thrown, not answered with an empty 400, so that the
        // exception handler can say in Italian what is wrong with it.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// The one mapping of a refusal to its answer: 404 for what does not exist (or is not the
    /// caller's to see), 409 for a clash with the current state (a stale version, an act already
    /// completed), 422 for what a rule refuses or malformed input. The detail is the refusal's
    /// Italian message.
    /// </summary>
    public static ProblemHttpResult Refusal(DomainException refusal)
    {
        var status = StatusOf(refusal);
        return TypedResults.Problem(refusal.Message, statusCode: status, title: Describe(status).Title);
    }

    public static int StatusOf(DomainException refusal) => refusal switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        RefusedByRuleException or InvalidInputException => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>The problem an exception that reached the top of an API request stands for.</summary>
    public static ProblemDetails ProblemFor(Exception exception)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, $"La richiesta supera il limite di {InputLimits.MaxRequestBytes / 1024} kB."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
                (StatusCodes.Status415UnsupportedMediaType, "Il corpo della richiesta deve essere JSON (Content-Type: application/json)."),
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, JsonProblem(json)),
            BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal)
                || bad.Message.Contains("was not provided from body", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, "Manca il corpo della richiesta: inviare un oggetto JSON con i campi dell'operazione."),
            BadHttpRequestException bad => (bad.StatusCode, Describe(bad.StatusCode).Detail),
            DomainException refusal => (StatusOf(refusal), refusal.Message),
            _ when IsDatabaseOutage(exception) => (StatusCodes.Status503ServiceUnavailable, Describe(StatusCodes.Status503ServiceUnavailable).Detail),
            _ => (StatusCodes.Status500InternalServerError, Describe(StatusCodes.Status500InternalServerError).Detail),
        };

        return new ProblemDetails { Status = status, Title = Describe(status).Title, Detail = detail };
    }

    /// <summary>
    /// The body of an API response that has only a status (401 from the cookie, 404 of an unknown
    /// route, 405…). Written here rather than by the problem details service, which writes nothing
    /// to a client that accepts only HTML and leaves the framework's plain-text fallback.
    /// </summary>
    public static Task StatusCodePageAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var (title, detail) = Describe(status);
        return WriteAsync(context.HttpContext, new ProblemDetails { Status = status, Title = title, Detail = detail });
    }

    /// <summary>Writes <paramref name="problem"/> as the response, whatever the caller accepts.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsJsonAsync(problem, JsonSerializerOptions.Web, "application/problem+json");
    }

    /// <summary>Whether the failure is the database being unreachable (not a query it refused).</summary>
    public static bool IsDatabaseOutage(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException and not PostgresException
                || (e is PostgresException p && p.SqlState.StartsWith("57P", StringComparison.Ordinal))
                || e is DatabaseNotConfiguredException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Italian title and detail of a status the framework answers without ours.</summary>
    public static (string Title, string Detail) Describe(int status) => status switch
    {
        400 => ("Richiesta non valida", "La richiesta non è stata accettata: controllarne i campi e il formato."),
        401 => ("Accesso richiesto", "Accedere con POST /api/accesso e inviare il token (Authorization: Bearer), oppure accedere dal sito."),
        403 => ("Accesso non consentito", "L'account non è abilitato a questa operazione."),
        404 => ("Risorsa non trovata", "L'indirizzo richiesto non esiste nell'API o non è visibile con questo account."),
        405 => ("Metodo non ammesso", "Questo indirizzo dell'API non accetta il metodo usato: vedere /api/openapi/v1.json."),
        406 => ("Formato non disponibile", "L'API risponde solo in JSON."),
        409 => ("Richiesta in conflitto", "La richiesta contrasta con lo stato attuale della risorsa: ricaricarla e riprovare."),
        413 => ("Richiesta troppo grande", $"La richiesta supera il limite di {InputLimits.MaxRequestBytes / 1024} kB."),
        415 => ("Formato non supportato", "Il corpo della richiesta deve essere JSON (Content-Type: application/json)."),
        422 => ("Richiesta non accettata", "Le regole non consentono l'operazione richiesta."),
        429 => ("Troppe richieste", "Troppe richieste in poco tempo: riprovare tra qualche minuto."),
        503 => ("Servizio non disponibile", "Il database non è raggiungibile: nulla è stato eseguito. Riprovare tra qualche minuto."),
        >= 500 => ("Errore interno", "Si è verificato un errore imprevisto e nulla è stato eseguito. Riprovare tra qualche minuto; se il problema persiste, contattare l'amministratore."),
        _ => ("Richiesta non accettata", $"La richiesta non è stata accettata (codice {status})."),
    };

    // JsonException's own message is English; its path and position are what the caller needs.
    private static string JsonProblem(JsonException json)
    {
        var where = json.LineNumber is { } line ? $" (riga {line + 1}, posizione {json.BytePositionInLine + 1})" : "";
        // The reader's own errors (truncated text, a quote missing) are inner exceptions of the same type.
        return json.Path is { Length: > 2 } path && json.InnerException is not JsonException
            ? $"Il campo «{path.TrimStart('$', '.')}» ha un valore non ammesso o di tipo sbagliato{where}: controllare il formato indicato in /api/openapi/v1.json."
            : $"Il corpo della richiesta non è un JSON valido{where}.";
    }
}
