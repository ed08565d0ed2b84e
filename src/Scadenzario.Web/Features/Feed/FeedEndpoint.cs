using Scadenzario.Calendars;
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
        app.MapGet("/feed/{token}.ics", async (string token, FeedTokens tokens, EnteDirectory directory, FeedQuery query, CalendarSet calendars, NodaTime.IClock clock, FeedUrls urls, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await tokens.OfTokenAsync(token, cancellationToken) is not { } feed)
            {
                return Results.NotFound();
            }

            var info = await directory.FindAsync(feed.EnteCode, cancellationToken);
            var tasks = await query.RunAsync(feed.EnteCode, cancellationToken);
            var settings = new FeedSettings(info?.Name ?? feed.EnteCode, clock.GetCurrentInstant(), urls.WebBase, feed.AlarmDaysBefore);
            var body = FeedCalendar.Build(settings, tasks, calendars.ActorLabel);
            context.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(body, "text/calendar; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
