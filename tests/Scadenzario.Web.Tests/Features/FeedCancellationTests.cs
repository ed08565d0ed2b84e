using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Web.Features.Feed;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>An act that stops applying stays in the feed as a cancelled event, so subscribed calendars remove it (a fixture of its own: it changes an act).</summary>
public sealed class FeedCancellationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Feed_ActBecomesNotApplicable_SameUidCancelledWithAHigherSequence()
    {
        string url;
        using (var scope = app.Factory.Services.CreateScope())
        {
            var token = await scope.ServiceProvider.GetRequiredService<FeedTokens>().RenewAsync(WebAppFixture.Savona, "test", alarmDaysBefore: 2, CancellationToken.None);
            url = $"/feed/{token.Token}.ics";
        }

        var act = await app.TaskOfAsync(WebAppFixture.Savona);
        var before = await IcalJs.ReadAsync(await app.Anonymous().GetByteArrayAsync(url));
        var was = before.Events.Single(e => e.Url!.EndsWith($"/adempimenti/{act}", StringComparison.Ordinal));
        Assert.Equal("CONFIRMED", was.Status);
        Assert.Single(was.Alarms);

        // What the synchronizer writes when a rule stops applying to an ente (AdempimentiSynchronizer, "gone").
        Assert.Equal(1, await app.Database.ScalarAsync<int>($"""
            WITH gone AS (UPDATE adempimento SET status = 'non_applicabile', row_version = row_version + 1 WHERE id = {act} RETURNING id)
            , logged AS (INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status)
                         SELECT id, now(), 'test', 'non_applicabile', NULL, 'non_applicabile' FROM gone RETURNING 1)
            SELECT count(*) FROM logged
            """));
        var bytes = await app.Anonymous().GetByteArrayAsync(url);
        var after = await IcalJs.ReadAsync(bytes);
        var net = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(bytes))!;

        Assert.Equal(before.Events.Select(e => e.Uid), after.Events.Select(e => e.Uid));
        var now = after.Events.Single(e => e.Uid == was.Uid);
        Assert.Equal("CANCELLED", now.Status);
        Assert.Equal((was.Sequence ?? 0) + 1, now.Sequence);
        Assert.Empty(now.Alarms);
        Assert.Equal("CANCELLED", net.Events.Single(e => e.Uid == was.Uid).Status);
        Assert.All(after.Events.Where(e => e.Uid != was.Uid), e => Assert.Equal(before.Events.Single(b => b.Uid == e.Uid).Sequence, e.Sequence));
        // The acts' pages, the calendar page included, still leave the act out.
        var page = await (await app.LoginAsync(Users.OperatoreSavona.Name)).GetStringAsync($"/enti/{WebAppFixture.Savona}/calendario");
        Assert.DoesNotContain($"/adempimenti/{act}\"", page, StringComparison.Ordinal);
    }
}
