using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Scadenzario.Web.Api;

namespace Scadenzario.Web.Features;

/// <summary>
/// What answers when a request fails with an exception. It needs nothing the failure may have
/// taken away: no database (the data protection keys, the account's security stamp and the
/// session all live there, so re-running the pipeline for the error page failed again and left
/// an empty 500 during an outage), no authentication, no Razor view. Pages get a plain Italian
/// page styled by the static stylesheet; the API gets a problem document (<see cref="ApiProblems"/>).
/// </summary>
public static class ErroreSenzaDatabase
{
    public static WebApplication UseScadenzarioErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleAsync });
        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problem = exception is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status500InternalServerError }
            : ApiProblems.ProblemFor(exception);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await ApiProblems.WriteAsync(context, problem);
            return;
        }

        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var (title, message) = ErroreModel.Describe(status);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Html(title, message));
    }

    /// <summary>The page, in the layout's colours but without what the layout reads from the signed-in account.</summary>
    public static string Html(string title, string message) => $"""
        <!DOCTYPE html>
        <html lang="it">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} · Scadenzario</title>
            <link rel="stylesheet" href="/lib/bootstrap-italia/bootstrap-italia.min.css">
        </head>
        <body>
        <header class="it-header-wrapper" aria-label="Intestazione">
            <div class="it-header-slim-wrapper"><div class="container"><span class="navbar-brand">Scadenzario elettorale</span></div></div>
        </header>
        <main id="contenuto" class="container my-4">
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(message)}</p>
            <p><a href="/">Torna alla pagina iniziale</a></p>
        </main>
        </body>
        </html>
        """;
}
