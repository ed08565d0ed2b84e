using NodaTime;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Elezioni.Tests.Ponderazione;

namespace Scadenzario.Elezioni.Tests.Presidente;

public class ElezionePresidenteTests
{
    private static readonly LocalDate Votazione = new(2018, 10, 31);

    private static CandidatoPresidente Sindaco(string id, int born, LocalDate? fine = null) =>
        new(new Candidato(id, $"Sindaco {id}", Sesso.F, new LocalDate(born, 6, 1)), fine ?? new LocalDate(2022, 6, 1));

    [Fact]
    public void Eleggibile_MandateEndingExactly18MonthsAfterTheVote_IsEligible_OneDayLessIsNot()
    {
        Assert.True(ElezionePresidente.Eleggibile(Sindaco("a", 1970, new LocalDate(2020, 4, 30)), Votazione));
        Assert.False(ElezionePresidente.Eleggibile(Sindaco("a", 1970, new LocalDate(2020, 4, 29)), Votazione));
    }

    // Indices of Territori.ConCittaOltre45: A 30, D 196, E 350, H 1097 (41, 110, 85, 100 electors).
    private static List<ScrutinioFascia> Voti(int aH, int bH, int aA, int bA) =>
    [
        new(Fascia.H, 41, aH + bH, 0, 0, new Dictionary<string, int> { ["a"] = aH, ["b"] = bH }),
        new(Fascia.A, 110, aA + bA, 0, 0, new Dictionary<string, int> { ["a"] = aA, ["b"] = bA }),
    ];

    [Fact]
    public void Proclama_HighestWeightedTotalWins()
    {
        var ponderazione = IndicePonderazione.Calcola(Territori.ConCittaOltre45());

        // a: 10 × 1097 + 0 × 30 = 10,970; b: 9 × 1097 + 40 × 30 = 11,073.
        var result = ElezionePresidente.Proclama(ponderazione, Votazione, [Sindaco("a", 1970), Sindaco("b", 1960)], Voti(10, 9, 0, 40));

        Assert.Equal([10_970L, 11_073L], result.Candidati.Select(c => c.CifraPonderata));
        Assert.Equal("b", result.Eletto.Candidato.Id);
    }

    [Fact]
    public void Proclama_EqualWeightedTotals_TheYoungestWins()
    {
        var ponderazione = IndicePonderazione.Calcola(Territori.ConCittaOltre45());

        // Both: 1 × 1097 in fascia H.
        var result = ElezionePresidente.Proclama(ponderazione, Votazione, [Sindaco("a", 1960), Sindaco("b", 1975)], Voti(1, 1, 0, 0));

        Assert.Equal("b", result.Eletto.Candidato.Id);
        Assert.Contains("più giovane", result.Criterio);
    }

    [Fact]
    public void Proclama_IneligibleCandidate_IsRefused()
    {
        var ponderazione = IndicePonderazione.Calcola(Territori.ConCittaOltre45());

        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => ElezionePresidente.Proclama(
            ponderazione, Votazione, [Sindaco("a", 1960, new LocalDate(2019, 1, 1)), Sindaco("b", 1975)], Voti(1, 1, 0, 0)));
        Assert.Contains("non è eleggibile", e.Message);
    }
}
