using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Features.Oggi;

/// <summary>An ente's day: what is overdue, what is due today, what comes in the next seven days, and how many acts wait for an event.</summary>
public sealed record OggiResult(LocalDate Today, IReadOnlyList<Adempimento> Overdue, IReadOnlyList<Adempimento> DueToday, IReadOnlyList<Adempimento> NextDays, int Waiting);

public sealed class OggiQuery(NpgsqlDataSource dataSource, IClock clock)
{
    public const int Days = 7;

    public async Task<OggiResult> RunAsync(string enteCode, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var today = RomeTime.InRome(now).Date;
        var horizon = today.PlusDays(Days);
        await using var db = ScadenzarioDb.Create(dataSource);
        // One indexed query (ente_code, due_date); the split happens here on a few dozen rows.
        var tasks = await db.Adempimenti.AsNoTracking()
            .Where(t => t.EnteCode == enteCode && t.Status != AdempimentoStatus.NonApplicabile
                && ((t.Status == AdempimentoStatus.DaFare && t.DueAt <= now)
                    || (t.DueDate >= today && t.DueDate <= horizon)
                    || t.Status == AdempimentoStatus.InAttesa))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);

        var overdue = tasks.Where(t => t.Status == AdempimentoStatus.DaFare && t.DueAt <= now).ToList();
        return new OggiResult(
            today,
            overdue,
            [.. tasks.Where(t => t.DueDate == today && !overdue.Contains(t))],
            [.. tasks.Where(t => t.DueDate > today && t.DueDate <= horizon)],
            tasks.Count(t => t.Status == AdempimentoStatus.InAttesa));
    }
}
