using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The Hangfire dashboard inside the web app: the sign-in first, the amministratore's recurring jobs, anti-forgery on its actions.</summary>
public sealed partial class JobsDashboardTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Dashboard_Anonymous_SentToTheLoginPage()
    {
        var response = await app.Anonymous().GetAsync("/amministrazione/jobs/recurring");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/accesso", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Amministratore_SeesTheRecurringJobsInRomeAndTriggersOneOnlyWithTheAntiforgeryToken()
    {
        HangfireScheduling.Register(app.Factory.Services.GetRequiredService<IRecurringJobManager>(), new JobSchedule());
        var admin = await app.LoginAsync(Users.Admin.Name);

        var page = await admin.GetStringAsync("/amministrazione/jobs/recurring");
        foreach (var job in JobNames.All)
        {
            Assert.Contains($"\"{job}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("30 7 * * *", page, StringComparison.Ordinal);
        Assert.Contains("Europe/Rome", page, StringComparison.Ordinal);

        var form = new Dictionary<string, string> { ["jobs[]"] = JobNames.Digest };
        var forged = await admin.PostAsync("/amministrazione/jobs/recurring/trigger", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM hangfire.job"));

        var config = AntiforgeryConfig().Match(page);
        Assert.True(config.Success, "the dashboard page carries no anti-forgery token");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/amministrazione/jobs/recurring/trigger") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(WebUtility.HtmlDecode(config.Groups["header"].Value), WebUtility.HtmlDecode(config.Groups["token"].Value));
        var triggered = await admin.SendAsync(request);
        Assert.True(triggered.IsSuccessStatusCode, $"trigger with the token -> {(int)triggered.StatusCode}");
        Assert.Equal(1, await app.Database.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE statename = 'Enqueued'"));
    }

    // Hangfire's layout hands the app's token to its scripts in two meta elements.
    [GeneratedRegex("<meta name=\"csrf-header\" content=\"(?<header>[^\"]+)\">\\s*<meta name=\"csrf-token\" content=\"(?<token>[^\"]+)\">")]
    private static partial Regex AntiforgeryConfig();
}
