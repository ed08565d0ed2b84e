using Scadenzario.Web.Features;

namespace Scadenzario.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseScadenzarioPipeline(this WebApplication app)
    {
        // First: everything after it sees the client's address and scheme, as the configured proxies report them.
        app.UseForwardedHeaders();
        // The Italian error page that needs nothing from the database, in every environment.
        app.UseScadenzarioErrors();
        if (!app.Environment.IsDevelopment())
        {
            // Only on HTTPS responses: a browser that reached us through the TLS proxy never uses plain HTTP again.
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Feed URLs carry a secret: never leak a page's address to another site.
            headers["Referrer-Policy"] = "no-referrer";
            // Only our own scripts run; inline styles stay allowed for Bootstrap Italia's
            // components and the width of the progress bars.
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            await next();
        });

        // The API answers errors as RFC 7807 problem documents; pages with an Italian error page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(Api.ApiProblems.StatusCodePageAsync));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/feed"),
            pages => pages.UseStatusCodePagesWithReExecute("/errore/{0}"));
        app.UseRequestLimits();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
