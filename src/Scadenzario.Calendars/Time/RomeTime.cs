using NodaTime;
using NodaTime.TimeZones;

namespace Scadenzario.Calendars.Time;

/// <summary>
/// The law speaks in Italian local hours; instants are needed only to schedule. Europe/Rome from
/// the tz database bundled with NodaTime, so the machine's time zone never matters.
/// </summary>
public static class RomeTime
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    // On the autumn night an hour repeats, a deadline at that hour takes the later one (the
    // office keeps the time the law gives); in spring a skipped hour moves past the gap.
    private static readonly ZoneLocalMappingResolver DeadlineResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    public static Instant ToInstant(LocalDateTime local) => local.InZone(Zone, DeadlineResolver).ToInstant();

    public static ZonedDateTime InRome(Instant instant) => instant.InZone(Zone);
}
