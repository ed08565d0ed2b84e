using NodaTime;

namespace Scadenzario.Cli.Infrastructure;

/// <summary>
/// A clock that reads another shifted by a fixed amount: <c>jobs run --at</c> runs a job as if it
/// were that instant, while time still passes for retries and leases.
/// </summary>
internal sealed class OffsetClock(IClock inner, Duration offset) : IClock
{
    public Instant GetCurrentInstant() => inner.GetCurrentInstant() + offset;
}
