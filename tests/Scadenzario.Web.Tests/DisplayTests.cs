using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Tests;

public class DisplayTests
{
    [Fact]
    public void AuditDetails_MovedDate_ReadsAsAnItalianDayAndHour() =>
        Assert.Equal(
            "motivo: D.L. di rinvio; da: domenica 9 giugno 2024, ore 23:00; a: domenica 16 giugno 2024, ore 23:00",
            Display.AuditDetails("""{"reason": "D.L. di rinvio", "from": "2024-06-09T23:00:00", "to": "2024-06-16T23:00:00"}"""));

    [Fact]
    public void AuditDetails_LeavesOutEmptyFields() =>
        Assert.Equal("protocollo: PG/1", Display.AuditDetails("""{"protocollo": "PG/1", "nota": null}"""));

    [Theory]
    [InlineData(Calendars.Rules.ConsultationType.Europee, "Elezioni europee")]
    [InlineData(Calendars.Rules.ConsultationType.Comune, "Adempimenti comuni")]
    public void Consultation_UsesTheEnginesItalianName(Calendars.Rules.ConsultationType type, string expected) =>
        Assert.Equal(expected, Display.Consultation(type));
}
