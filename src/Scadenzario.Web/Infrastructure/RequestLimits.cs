using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Scadenzario.Data.Limits;

namespace Scadenzario.Web.Infrastructure;

/// <summary>
/// The server's caps on what a request may carry, from <see cref="InputLimits"/>: a body larger
/// than an upload and its fields is cut by Kestrel (413) before it is read, and a form with more
/// fields, a longer value or a larger file than the limits is refused while it is parsed.
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = InputLimits.MaxRequestBytes);
        services.Configure<FormOptions>(options =>
        {
            options.MultipartBodyLengthLimit = InputLimits.MaxRequestBytes;
            options.ValueLengthLimit = (int)InputLimits.MaxUploadBytes;
            options.ValueCountLimit = InputLimits.MaxFormFields;
        });
        return services;
    }

    /// <summary>
    /// Answers 413 to a request that announces a body over the limit, before anything reads it:
    /// Kestrel would cut it while it is read (and a test server not at all), after the anti-forgery
    /// check had already turned the failure into a generic 400. The status pages give it its message.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The error page re-executed for the refusal carries the same request: let it through.
            if (context.Request.ContentLength > InputLimits.MaxRequestBytes && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next();
        });
        return app;
    }
}
