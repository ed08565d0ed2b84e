using Scadenzario.Calendars;
using Scadenzario.Web.Features.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Feed;

public static class FeedEndpoint
{
    /// <summary>
    /// The subscription URL. Calendar clients cannot sign in, so the secret token in the path is
    /// the credential; an unknown or revoked token is a plain 404.
    /// </summary>
    public static IEndpointRouteBuilder MapFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed/{token}.ics", async (string token, FeedTokens tokens, EnteDirectory directory, CronoprogrammaQuery query, CalendarSet calendars, NodaTime.IClock clock, HttpContext context, CancellationToken cancellationToken) =>
        {
            var ente = await tokens.EnteOfAsync(token, cancellationToken);
            if (ente is null)
            {
                return Results.NotFound();
            }

            var info = await directory.FindAsync(ente, cancellationToken);
            var result = await query.RunAsync(ente, null, allTornate: true, cancellationToken);
            var body = FeedCalendar.Build(info?.Name ?? ente, result.Tasks, clock.GetCurrentInstant(), calendars.ActorLabel);
            context.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(body, "text/calendar; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
