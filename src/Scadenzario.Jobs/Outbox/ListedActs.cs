using System.Text.RegularExpressions;

namespace Scadenzario.Jobs.Outbox;

/// <summary>
/// The acts a message lists, read from what the person receives: each act in a message links to its
/// page (<see cref="JobsOptions.TaskUrl"/>). Read from the HTML rather than passed beside it, so that
/// whether a later digest "carries the same acts" is judged on what the messages actually say.
/// </summary>
internal static partial class ListedActs
{
    public static long[] Of(string html) =>
        [.. TaskLink().Matches(html).Select(m => long.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order()];

    [GeneratedRegex("href=\"[^\"]*/adempimenti/([0-9]{1,18})\"", RegexOptions.CultureInvariant)]
    private static partial Regex TaskLink();
}
