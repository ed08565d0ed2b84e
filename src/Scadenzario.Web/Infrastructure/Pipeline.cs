namespace Scadenzario.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseScadenzarioPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errore/500");
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Feed URLs carry a secret: never leak a page's address to another site.
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });

        // The API answers errors as RFC 7807 problem documents; pages with an Italian error page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/feed"),
            pages => pages.UseStatusCodePagesWithReExecute("/errore/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
