using NodaTime;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Elezioni.Tests.Ponderazione;

namespace Scadenzario.Elezioni.Tests.Scrutinio;

/// <summary>Counts on Territori.ConCittaOltre45: indices A 30 (110 electors), D 196 (85), E 350 (100), H 1097 (41).</summary>
public class ProclamazioneTests
{
    private static readonly Elezioni.Ponderazione.Ponderazione Indici = IndicePonderazione.Calcola(Territori.ConCittaOltre45());

    private static readonly List<ListaInCompetizione> Liste =
    [
        new("X", [new("x1", "X Uno", Sesso.M, new LocalDate(1970, 1, 1)), new("x2", "X Due", Sesso.F, new LocalDate(1980, 1, 1))]),
        new("Y", [new("y1", "Y Uno", Sesso.F, new LocalDate(1975, 1, 1))]),
    ];

    private static ScrutinioFascia H(int votanti = 40, int x = 30, int y = 10, int bianche = 0, int nulle = 0, Dictionary<string, int>? preferenze = null) =>
        new(Fascia.H, 41, votanti, bianche, nulle, new Dictionary<string, int> { ["X"] = x, ["Y"] = y }, preferenze);

    [Fact]
    public void Calcola_WeightsEachFasciaAndAllocatesSeats()
    {
        ScrutinioFascia a = new(Fascia.A, 110, 100, 2, 3, new Dictionary<string, int> { ["X"] = 5, ["Y"] = 90 }, new Dictionary<string, int> { ["x2"] = 5 });

        var risultato = Proclamazione.Calcola(3, Indici, Liste, [H(), a]);

        // X: 30 × 1097 + 5 × 30 = 33,060; Y: 10 × 1097 + 90 × 30 = 13,670. Seats: X 33,060, X 16,530, Y 13,670.
        Assert.Equal([33_060L, 13_670L], risultato.Liste.Select(l => l.CifraElettoralePonderata));
        Assert.Equal([2, 1], risultato.Liste.Select(l => l.Seggi));
        Assert.Equal(["x2", "x1", "y1"], risultato.Candidati.Select(c => c.Candidato.Id));
        Assert.Equal(150, risultato.Candidati[0].CifraIndividualePonderata);
        Assert.All(risultato.Candidati, c => Assert.True(c.Eletto));
    }

    [Fact]
    public void Calcola_CountThatDoesNotAddUp_IsRefusedWithTheFigures()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => Proclamazione.Calcola(3, Indici, Liste, [H(votanti: 41, bianche: 0)]));
        Assert.Contains("il conto non torna", e.Message);
        Assert.Contains("41", e.Message);
    }

    [Fact]
    public void Calcola_NegativeVotes_AreRefused()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => Proclamazione.Calcola(3, Indici, Liste, [H(votanti: 20, x: 30, y: -10)]));
        Assert.Contains("negativo", e.Message);
    }

    [Fact]
    public void Calcola_MoreVotersThanElectors_AreRefused()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => Proclamazione.Calcola(3, Indici, Liste, [H(votanti: 42, x: 32, y: 10)]));
        Assert.Contains("superano gli elettori", e.Message);
    }

    [Fact]
    public void Calcola_ElectorsDifferentFromTheIndexElectorate_AreRefused()
    {
        var s = H() with { Elettori = 40 };
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => Proclamazione.Calcola(3, Indici, Liste, [s]));
        Assert.Contains("aventi diritto effettivi", e.Message);
    }

    [Fact]
    public void Calcola_MorePreferencesThanListVotes_AreRefused()
    {
        var e = Assert.Throws<DatiElettoraliNonValidiException>(() => Proclamazione.Calcola(3, Indici, Liste, [H(preferenze: new() { ["y1"] = 11 })]));
        Assert.Contains("superano i voti della lista", e.Message);
    }

    [Fact]
    public void Calcola_VotesInAFasciaWithoutElectors_AreRefused()
    {
        ScrutinioFascia b = new(Fascia.B, 0, 1, 0, 0, new Dictionary<string, int> { ["X"] = 1 });
        Assert.Throws<DatiElettoraliNonValidiException>(() => Proclamazione.Calcola(3, Indici, Liste, [H(), b]));
    }

    [Fact]
    public void Property_RandomCounts_ListTotalIsTheSumOverFasceAndSeatsAddUp()
    {
        var random = new Random(21);
        foreach (var run in Enumerable.Range(0, 100))
        {
            var scrutinio = Indici.Fasce.Select(f =>
            {
                var x = random.Next(0, f.Elettori / 2);
                var y = random.Next(0, f.Elettori / 2);
                return new ScrutinioFascia(f.Fascia, f.Elettori, x + y, 0, 0, new Dictionary<string, int> { ["X"] = x, ["Y"] = y });
            }).ToList();

            var risultato = Proclamazione.Calcola(3, Indici, Liste, scrutinio, (pari, _) => pari[0]);

            foreach (var lista in risultato.Liste)
            {
                var expected = scrutinio.Sum(s => (long)s.Voti[lista.Lista] * Indici.IndiceDi(s.Fascia));
                Assert.Equal(expected, lista.CifraElettoralePonderata);
            }

            Assert.Equal(risultato.Liste.Sum(l => l.Seggi), risultato.Eletti.Count());
            Assert.True(risultato.Liste.Sum(l => l.Seggi) <= 3, $"run {run}");
        }
    }
}
