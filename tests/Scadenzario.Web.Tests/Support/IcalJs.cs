using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Web.Tests.Support;

/// <summary>
/// A second, independent reader of the feeds: ical.js (npm, tools/ical, the parser of Thunderbird),
/// run by node on the feed's bytes. It resolves local times through the feed's own VTIMEZONE and
/// computes when each reminder rings, as a client would. Installed with <c>npm ci</c> when missing.
/// </summary>
public static class IcalJs
{
    private static readonly Lock InstallLock = new();
    private static readonly string ToolDirectory = Path.Combine(PostgresServer.RepositoryRoot, "tools", "ical");

    public static async Task<IcalJsCalendar> ReadAsync(byte[] feed)
    {
        EnsureInstalled();
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(ToolDirectory, "read-feed.js")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node not found: install Node.js");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.StandardInput.BaseStream.WriteAsync(feed);
        node.StandardInput.Close();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"ical.js refused the feed: {await error}");
        }

        return JsonSerializer.Deserialize<IcalJsCalendar>(await output) ?? throw new InvalidOperationException("ical.js printed nothing");
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(ToolDirectory, "node_modules", "ical.js", "package.json")))
            {
                return;
            }

            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = ToolDirectory })
                ?? throw new InvalidOperationException("npm not found: install Node.js");
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci in tools/ical failed");
            }
        }
    }
}

public sealed record IcalJsCalendar(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("timezones")] List<string> Timezones,
    [property: JsonPropertyName("events")] List<IcalJsEvent> Events);

public sealed record IcalJsEvent(
    [property: JsonPropertyName("uid")] string Uid,
    [property: JsonPropertyName("sequence")] int? Sequence,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("categories")] List<string> Categories,
    [property: JsonPropertyName("start")] IcalJsTime Start,
    [property: JsonPropertyName("end")] IcalJsTime End,
    [property: JsonPropertyName("alarms")] List<IcalJsAlarm> Alarms);

/// <summary><see cref="Value"/> as ical.js prints it (2024-06-09 or 2024-06-09T12:00:00), <see cref="Utc"/> resolved for a time.</summary>
public sealed record IcalJsTime(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("isDate")] bool IsDate,
    [property: JsonPropertyName("zone")] string? Zone,
    [property: JsonPropertyName("utc")] string? Utc);

/// <summary>A reminder: its trigger as written, and the local time it rings at.</summary>
public sealed record IcalJsAlarm(
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("trigger")] string Trigger,
    [property: JsonPropertyName("local")] string Local);
