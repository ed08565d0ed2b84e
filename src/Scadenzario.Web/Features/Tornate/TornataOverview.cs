using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Model;
using NodaTime;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>A consultation of the tornata and how many enti hold it.</summary>
public sealed record ConsultationCount(ConsultationType Type, int Enti);

/// <summary>A parameter the decree set, as the page shows it: its label and its value.</summary>
public sealed record ParameterShown(string Label, string Value);

/// <summary>One tornata as its page shows it: the days, the decree's parameters, the consultations and their enti.</summary>
public sealed record TornataOverview(
    long Id, string Name, IReadOnlyList<LocalDate> VotingDays, LocalDate? BallottaggioDay, IReadOnlyList<ParameterShown> Parameters,
    IReadOnlyList<ConsultationCount> Consultations, int Enti, int Events)
{
    /// <summary>Loads the tornata; null when there is none with <paramref name="id"/>.</summary>
    public static async Task<TornataOverview?> LoadAsync(NpgsqlDataSource dataSource, CalendarSet calendars, long id, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        var tornata = await db.Tornate.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tornata is null)
        {
            return null;
        }

        // One row per ente (7,900 in a national tornata): counted here rather than unnested in SQL, a few milliseconds.
        var held = await db.TornataEnti.AsNoTracking().Where(t => t.TornataId == id).Select(t => t.Consultations).ToListAsync(cancellationToken);
        var consultations = held.SelectMany(c => c)
            .GroupBy(c => c)
            .Select(g => new ConsultationCount(g.Key, g.Count()))
            .OrderBy(c => c.Type.Label(), StringComparer.Create(new("it-IT"), false))
            .ToList();
        var events = await db.EnteEvents.CountAsync(e => e.TornataId == id, cancellationToken);
        var parameters = tornata.Parameters
            .Select(p => new ParameterShown(calendars.Parameters.TryGetValue(p.Key, out var d) ? d.Label : p.Key, Shown(calendars, p.Key, p.Value)))
            .ToList();
        return new TornataOverview(tornata.Id, tornata.Name, tornata.VotingDays, tornata.BallottaggioDay, parameters, consultations, held.Count, events);
    }

    /// <summary>The consultations the tornata holds, for the rules that depend on them (the days a postponement may choose).</summary>
    public VotingLevel? Level => VotingDaysPolicy.LevelOf(Consultations.Select(c => c.Type));

    // "22:00" reads as "ore 22:00"; a date and hour as "lunedì 10 giugno 2024, ore 14:00": no ISO date on a page.
    internal static string Shown(CalendarSet calendars, string id, string value) => TornataParameters.Shown(calendars, id, value);
}
