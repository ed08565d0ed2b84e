using NodaTime;
using Scadenzario.Elezioni.Consiglio;

namespace Scadenzario.Elezioni.Attestazioni;

/// <summary>
/// The checks of a segretario's attestation that need nothing but the attestation and the comune (L. 56/2014
/// art. 1 commi 25-26: the electors are the sindaci and consiglieri in office on the 35th day before the vote).
/// </summary>
public static class VerificaAttestazione
{
    /// <summary>
    /// The first defect of the attestation, in the order an office reads it (the declaration, then each person,
    /// then the counts), or null when it can be accepted.
    /// </summary>
    /// <param name="popolazione">The comune's legal population, which fixes the size of its council.</param>
    /// <param name="capoluogo">A capoluogo di provincia takes a larger council (<see cref="ComposizioneConsigli.ConsiglieriComunali"/>).</param>
    /// <param name="riferimento">The 35th day before the vote: the day the persons must be in office and of age.</param>
    public static DifettoAttestazione? Verifica(int popolazione, bool capoluogo, LocalDate riferimento, IReadOnlyList<PersonaAttestata> persone, bool commissariato)
    {
        ArgumentNullException.ThrowIfNull(persone);
        if (commissariato)
        {
            return persone.Count > 0 ? new DifettoAttestazione.CommissariatoConAmministratori() : null;
        }

        if (persone.Count == 0)
        {
            return new DifettoAttestazione.NessunAmministratore();
        }

        // Of age on the reference day: born on or before the same day 18 years earlier.
        var minorenne = persone.FirstOrDefault(p => p.DataNascita.PlusYears(18) > riferimento);
        if (minorenne is not null)
        {
            return new DifettoAttestazione.NonMaggiorenne(minorenne);
        }

        var sindaci = persone.Count(p => p.Sindaco);
        if (sindaci != 1)
        {
            return new DifettoAttestazione.SindaciNonUno(sindaci);
        }

        var consiglieri = persone.Count - 1;
        var massimo = ComposizioneConsigli.ConsiglieriComunali(popolazione, capoluogo);
        if (consiglieri > massimo)
        {
            return new DifettoAttestazione.TroppiConsiglieri(massimo, consiglieri);
        }

        var ripetuta = persone.GroupBy(p => (Nomi.Normalizza(p.Nome), p.DataNascita)).FirstOrDefault(g => g.Count() > 1);
        return ripetuta is null ? null : new DifettoAttestazione.Ripetuta(ripetuta.First());
    }

    /// <summary>
    /// Whether a consigliere can take a seat by surroga: the council, without the sindaco, must have a seat free,
    /// so the one who left is recorded first.
    /// </summary>
    public static bool PostoLibero(int inCarica, int popolazione, bool capoluogo) =>
        inCarica - 1 < ComposizioneConsigli.ConsiglieriComunali(popolazione, capoluogo);
}
