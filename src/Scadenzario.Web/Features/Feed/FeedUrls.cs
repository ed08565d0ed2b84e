namespace Scadenzario.Web.Features.Feed;

/// <summary>
/// The absolute addresses of the feeds and of the pages they link to, from the configured base
/// URL (<c>Web:BaseUrl</c>, the one the emails use). Never from the request: its Host header is
/// whatever the client sent, and a feed address handed out with a stranger's host would send the
/// secret token there.
/// </summary>
public sealed class FeedUrls(Uri webBase)
{
    public Uri WebBase { get; } = webBase;

    public string Subscription(string token) => new Uri(WebBase, $"feed/{token}.ics").ToString();
}
