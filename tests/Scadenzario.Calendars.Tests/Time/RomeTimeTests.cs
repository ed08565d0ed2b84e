using NodaTime;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Tests.Time;

public class RomeTimeTests
{
    [Fact]
    public void ToInstant_SummerAndWinterOffsets()
    {
        Assert.Equal(Instant.FromUtc(2014, 5, 25, 21, 0), RomeTime.ToInstant(new LocalDateTime(2014, 5, 25, 23, 0)));
        Assert.Equal(Instant.FromUtc(2014, 1, 10, 11, 0), RomeTime.ToInstant(new LocalDateTime(2014, 1, 10, 12, 0)));
    }

    [Fact]
    public void ToInstant_SkippedSpringHour_MovesPastTheGap() =>
        Assert.Equal(Instant.FromUtc(2021, 3, 28, 1, 0), RomeTime.ToInstant(new LocalDateTime(2021, 3, 28, 2, 30)));

    [Fact]
    public void ToInstant_RepeatedAutumnHour_TakesTheLaterOne() =>
        Assert.Equal(Instant.FromUtc(2021, 10, 31, 1, 30), RomeTime.ToInstant(new LocalDateTime(2021, 10, 31, 2, 30)));
}
