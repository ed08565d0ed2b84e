using NodaTime;
using Scadenzario.Elezioni.Attestazioni;

namespace Scadenzario.Elezioni.Tests.Attestazioni;

/// <summary>
/// The attestation of a comune of 2,500 inhabitants (council of 10 consiglieri plus the sindaco, L. 56/2014
/// art. 1 c. 135) for a vote on 12 May 2024: the reference day is the 35th before, 7 April 2024.
/// </summary>
public class VerificaAttestazioneTests
{
    private const int Popolazione = 2_500;
    private static readonly LocalDate Riferimento = new(2024, 4, 7);

    private static PersonaAttestata Sindaco => new("Anna Rossi", new LocalDate(1970, 3, 1), Sindaco: true);

    private static List<PersonaAttestata> Consiglieri(int quanti) =>
        [.. Enumerable.Range(1, quanti).Select(k => new PersonaAttestata($"Consigliere {k}", new LocalDate(1960, 1, k), Sindaco: false))];

    private static DifettoAttestazione? Verifica(IReadOnlyList<PersonaAttestata> persone, bool commissariato = false) =>
        VerificaAttestazione.Verifica(Popolazione, capoluogo: false, Riferimento, persone, commissariato);

    [Fact]
    public void Verifica_SindacoAndAFullCouncil_IsAccepted() =>
        Assert.Null(Verifica([Sindaco, .. Consiglieri(10)]));

    [Fact]
    public void Verifica_OneConsigliereMoreThanTheCouncilHas_NamesTheSizeAndTheCount() =>
        Assert.Equal(new DifettoAttestazione.TroppiConsiglieri(10, 11), Verifica([Sindaco, .. Consiglieri(11)]));

    [Fact]
    public void Verifica_ACapoluogoOfTheSamePopulation_HasTheLargerCouncil() =>
        Assert.Null(VerificaAttestazione.Verifica(Popolazione, capoluogo: true, Riferimento, [Sindaco, .. Consiglieri(11)], commissariato: false));

    [Fact]
    public void Verifica_NoSindaco_OrTwo_IsRefusedWithTheCount()
    {
        Assert.Equal(new DifettoAttestazione.SindaciNonUno(0), Verifica(Consiglieri(3)));
        Assert.Equal(new DifettoAttestazione.SindaciNonUno(2), Verifica([Sindaco, Sindaco with { Nome = "Bruno Bianchi" }]));
    }

    [Fact]
    public void Verifica_EighteenOnTheReferenceDay_IsOfAge_TheDayAfterIsNot()
    {
        var diciottoAnni = new PersonaAttestata("Carla Verdi", Riferimento.PlusYears(-18), Sindaco: false);
        var unGiornoDopo = diciottoAnni with { DataNascita = Riferimento.PlusYears(-18).PlusDays(1) };

        Assert.Null(Verifica([Sindaco, diciottoAnni]));
        Assert.Equal(new DifettoAttestazione.NonMaggiorenne(unGiornoDopo), Verifica([Sindaco, unGiornoDopo]));
    }

    [Fact]
    public void Verifica_TheSamePersonTwice_SpelledDifferently_IsRefused()
    {
        var nicolo = new PersonaAttestata("Nicolò D'Amico", new LocalDate(1980, 5, 5), Sindaco: false);

        var difetto = Verifica([Sindaco, nicolo, nicolo with { Nome = "nicolo  d amico" }]);

        Assert.Equal(new DifettoAttestazione.Ripetuta(nicolo), difetto);
    }

    [Fact]
    public void Verifica_Commissariato_MustListNobody()
    {
        Assert.Null(Verifica([], commissariato: true));
        Assert.IsType<DifettoAttestazione.CommissariatoConAmministratori>(Verifica([Sindaco], commissariato: true));
        Assert.IsType<DifettoAttestazione.NessunAmministratore>(Verifica([]));
    }

    [Theory]
    [InlineData(10, true)] // the sindaco and 9 consiglieri: one seat free
    [InlineData(11, false)] // the sindaco and 10: the council is full
    public void PostoLibero_CountsTheCouncilWithoutTheSindaco(int inCarica, bool expected) =>
        Assert.Equal(expected, VerificaAttestazione.PostoLibero(inCarica, Popolazione, capoluogo: false));
}
