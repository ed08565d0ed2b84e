using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Data.Model;

/// <summary>
/// The converters between the stored text (and <c>date[]</c>) and the types the code uses, for
/// <see cref="ScadenzarioDb"/>: each stored form is read here once, and a value the types do not
/// know fails loudly with the value named, never reaches a page as it is.
/// </summary>
internal static class StoredTypes
{
    public static ValueConverter<ConsultationType, string> Consultation { get; } =
        new(type => type.Id(), id => ParseConsultation(id));

    /// <summary>The consultations an ente votes in (<c>tornata_ente.consultations</c>, a <c>text[]</c>).</summary>
    public static ValueConverter<ConsultationType[], string[]> Consultations { get; } =
        new(types => types.Select(t => t.Id()).ToArray(), ids => ids.Select(id => ParseConsultation(id)).ToArray());

    public static ValueComparer<ConsultationType[]> ConsultationsComparer { get; } =
        new((a, b) => a!.SequenceEqual(b!), types => types.Aggregate(0, (hash, type) => HashCode.Combine(hash, type)), types => types.ToArray());

    /// <summary>"HH:mm" as the law gives it, "24:00" included.</summary>
    public static ValueConverter<ClockTime, string> LawHour { get; } =
        new(time => time.ToString(), text => ClockTime.Parse(text));

    public static ValueConverter<WaitingFor, string> WaitingFor { get; } =
        new(waiting => waiting.Code, code => Model.WaitingFor.Parse(code));

    public static ValueConverter<AdempimentoStatus, string> Status { get; } =
        new(status => status.Id(), id => AdempimentoStatuses.Parse(id));

    public static ValueConverter<VotingDays, LocalDate[]> VotingDays { get; } =
        new(days => days.Days().ToArray(), days => Calendars.Derivation.VotingDays.Of(days));

    public static ValueComparer<VotingDays> VotingDaysComparer { get; } =
        new((a, b) => a == b, days => days.GetHashCode(), days => days);

    internal static ConsultationType ParseConsultation(string id) =>
        ConsultationTypes.TryParse(id, out var type) ? type : throw new FormatException($"consultazione \"{id}\" sconosciuta");
}
