using System.Text;
using System.Text.RegularExpressions;

namespace Scadenzario.Web.Tests.Features;

/// <summary>
/// Checks a feed against the rules of RFC 5545 that calendar clients trip on: CRLF line ends,
/// content lines of at most 75 octets with folds that do not split a UTF-8 character, balanced
/// components, the required properties of VCALENDAR and VEVENT, TZIDs that a VTIMEZONE defines,
/// well-formed DATE / DATE-TIME values, unique UIDs, and TEXT values with no unescaped separators.
/// Returns every violation found.
/// </summary>
public static partial class ICalendarValidator
{
    public static IReadOnlyList<string> Validate(byte[] feed)
    {
        var errors = new List<string>();
        var text = Encoding.UTF8.GetString(feed);
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            errors.Add("the stream does not end with CRLF");
        }

        if (Regex.IsMatch(text, "(?<!\r)\n") || Regex.IsMatch(text, "\r(?!\n)"))
        {
            errors.Add("a line ends with a bare LF or CR");
        }

        var physical = text.Split("\r\n");
        foreach (var line in physical)
        {
            var octets = Encoding.UTF8.GetByteCount(line);
            if (octets > 75)
            {
                errors.Add($"line of {octets} octets: {line[..20]}…");
            }

            if (line.Contains('\uFFFD'))
            {
                errors.Add("a fold split a UTF-8 character");
            }
        }

        // Unfold (§3.1): CRLF followed by one space or tab continues the previous line.
        var unfolded = Regex.Replace(text, "\r\n[ \t]", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var stack = new Stack<string>();
        var tzids = new HashSet<string>();
        var usedTzids = new HashSet<string>();
        var uids = new HashSet<string>();
        Dictionary<string, int>? eventProps = null;
        var calendarProps = new HashSet<string>();
        foreach (var line in unfolded)
        {
            var match = ContentLine().Match(line);
            if (!match.Success)
            {
                errors.Add($"not a content line: {line}");
                continue;
            }

            var name = match.Groups["name"].Value.ToUpperInvariant();
            var parameters = match.Groups["params"].Value;
            var value = match.Groups["value"].Value;
            switch (name)
            {
                case "BEGIN":
                    stack.Push(value);
                    if (value == "VEVENT")
                    {
                        eventProps = [];
                    }

                    continue;
                case "END":
                    if (stack.Count == 0 || stack.Pop() != value)
                    {
                        errors.Add($"END:{value} does not close the open component");
                    }

                    if (value == "VEVENT" && eventProps is not null)
                    {
                        foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART" })
                        {
                            if (!eventProps.ContainsKey(required))
                            {
                                errors.Add($"VEVENT without {required}");
                            }
                        }

                        foreach (var (property, count) in eventProps)
                        {
                            if (count > 1 && property is "UID" or "DTSTAMP" or "DTSTART" or "DTEND" or "SEQUENCE" or "SUMMARY" or "DESCRIPTION")
                            {
                                errors.Add($"VEVENT with {count} {property}");
                            }
                        }

                        if (eventProps.ContainsKey("DTEND") && eventProps.ContainsKey("DURATION"))
                        {
                            errors.Add("VEVENT with both DTEND and DURATION");
                        }

                        eventProps = null;
                    }

                    continue;
            }

            var where = stack.Count > 0 ? stack.Peek() : "";
            if (where == "VCALENDAR")
            {
                calendarProps.Add(name);
            }

            if (where == "VTIMEZONE" && name == "TZID")
            {
                tzids.Add(value);
            }

            if (where == "VEVENT" && eventProps is not null)
            {
                eventProps[name] = eventProps.GetValueOrDefault(name) + 1;
                if (name == "UID" && !uids.Add(value))
                {
                    errors.Add($"duplicate UID {value}");
                }

                if (name == "SEQUENCE" && !Regex.IsMatch(value, "^[0-9]+$"))
                {
                    errors.Add($"SEQUENCE not a non-negative integer: {value}");
                }

                if (name == "DTSTAMP" && !Regex.IsMatch(value, "^[0-9]{8}T[0-9]{6}Z$"))
                {
                    errors.Add($"DTSTAMP not in UTC: {value}");
                }

                if (name is "DTSTART" or "DTEND")
                {
                    if (parameters.Contains("VALUE=DATE", StringComparison.Ordinal) && !parameters.Contains("VALUE=DATE-TIME", StringComparison.Ordinal))
                    {
                        if (!Regex.IsMatch(value, "^[0-9]{8}$"))
                        {
                            errors.Add($"{name} VALUE=DATE is not a date: {value}");
                        }
                    }
                    else if (!Regex.IsMatch(value, "^[0-9]{8}T[0-9]{6}Z?$"))
                    {
                        errors.Add($"{name} is not a DATE-TIME: {value}");
                    }

                    if (TzidParameter().Match(parameters) is { Success: true } tz)
                    {
                        usedTzids.Add(tz.Groups[1].Value);
                    }
                }

                if (name is "SUMMARY" or "DESCRIPTION" or "LOCATION" && UnescapedSeparator().IsMatch(value))
                {
                    errors.Add($"{name} with an unescaped ';' or ',': {value}");
                }
            }
        }

        if (stack.Count > 0)
        {
            errors.Add($"components left open: {string.Join(", ", stack)}");
        }

        foreach (var required in new[] { "VERSION", "PRODID" })
        {
            if (!calendarProps.Contains(required))
            {
                errors.Add($"VCALENDAR without {required}");
            }
        }

        foreach (var tzid in usedTzids.Except(tzids))
        {
            errors.Add($"TZID {tzid} used without its VTIMEZONE");
        }

        return errors;
    }

    /// <summary>The unfolded value of every property <paramref name="name"/>, in order.</summary>
    public static IReadOnlyList<string> Values(string feed, string name) =>
        [.. Regex.Replace(feed, "\r\n[ \t]", "").Split("\r\n")
            .Where(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..])];

    // name *(";" param) ":" value, with quoted parameter values allowed to hold ':' and ';'.
    [GeneratedRegex("^(?<name>[A-Za-z0-9-]+)(?<params>(;[A-Za-z0-9-]+=(\"[^\"]*\"|[^;:,\"]*)(,(\"[^\"]*\"|[^;:,\"]*))*)*):(?<value>.*)$")]
    private static partial Regex ContentLine();

    [GeneratedRegex("TZID=([^;:]+)")]
    private static partial Regex TzidParameter();

    [GeneratedRegex(@"(?<!\\)(\\\\)*[;,]")]
    private static partial Regex UnescapedSeparator();
}
