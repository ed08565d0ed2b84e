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
}
