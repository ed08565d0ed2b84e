using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Elezioni.Tests.Scrutinio;

public class MetodoDHondtTests
{
    [Fact]
    public void Assegna_TextbookCase_GivesTheHighestQuotients()
    {
        // Quotients: 1000 700 500 350 333.3 300 250 233.3 200 175 → A 5, B 4, C 1.
        var riparto = MetodoDHondt.Assegna(10, [new("A", 1000, 10), new("B", 700, 10), new("C", 300, 10)]);

        Assert.Equal(5, riparto.Seggi["A"]);
        Assert.Equal(4, riparto.Seggi["B"]);
        Assert.Equal(1, riparto.Seggi["C"]);
        Assert.Equal(["A", "B", "A", "B", "A", "C", "A", "B", "A", "B"], riparto.Assegnazioni.Select(s => s.Lista));
        Assert.Equal(175m, riparto.Assegnazioni[^1].Quoziente);
        Assert.Equal(0, riparto.SeggiNonAssegnati);
    }

    [Fact]
    public void Assegna_EqualQuotients_Comma36GivesTheSeatToTheSmallerWeightedTotal()
    {
        // Seat 2: A 600/2 = 300 against B 300/1 = 300; B has the smaller weighted total.
        var riparto = MetodoDHondt.Assegna(2, [new("A", 600, 5), new("B", 300, 5)]);

        Assert.Equal(1, riparto.Seggi["A"]);
        Assert.Equal(1, riparto.Seggi["B"]);
        Assert.Contains("minore cifra elettorale ponderata", riparto.Assegnazioni[1].Parita);
    }

    [Fact]
    public void Assegna_EqualQuotientsAndTotals_NeedsADrawUnlessOneWasHeld()
    {
        ListaInRiparto[] liste = [new("A", 500, 5), new("B", 500, 5)];

        var e = Assert.Throws<SorteggioNecessarioException>(() => MetodoDHondt.Assegna(1, liste));
        Assert.Equal(["A", "B"], e.Tied);
        Assert.Contains("sorteggio", e.Message);

        var riparto = MetodoDHondt.Assegna(1, liste, Sorteggi.SecondoOrdine(["B", "A"]));
        Assert.Equal(1, riparto.Seggi["B"]);
    }

    [Fact]
    public void Assegna_ListWithFewerCandidatesThanSeats_PassesTheExcessOnInQuotientOrder()
    {
        // A would take 4 of 5 seats (1000, 500, 333, 250 against B's 100) but has 2 candidates.
        var riparto = MetodoDHondt.Assegna(5, [new("A", 1000, 2), new("B", 100, 5)]);

        Assert.Equal(2, riparto.Seggi["A"]);
        Assert.Equal(3, riparto.Seggi["B"]);
    }

    [Fact]
    public void Assegna_NotEnoughCandidatesAnywhere_LeavesSeatsUnassigned()
    {
        var riparto = MetodoDHondt.Assegna(5, [new("A", 1000, 2), new("B", 100, 1)]);

        Assert.Equal(3, riparto.Assegnazioni.Count);
        Assert.Equal(2, riparto.SeggiNonAssegnati);
    }

    [Fact]
    public void Assegna_NegativeTotal_IsRefused() =>
        Assert.Throws<DatiElettoraliNonValidiException>(() => MetodoDHondt.Assegna(3, [new("A", -1, 3)]));

    [Fact]
    public void Property_RandomElections_SeatsAddUpAndNoLostQuotientBeatsAWonOne()
    {
        var random = new Random(36);
        for (var run = 0; run < 500; run++)
        {
            var seggi = random.Next(1, 30);
            var liste = Enumerable.Range(0, random.Next(1, 8))
                .Select(i => new ListaInRiparto($"L{i}", random.Next(0, 4) == 0 ? 0 : random.Next(1, 200_000), random.Next(1, seggi + 3)))
                .ToList();

            var riparto = MetodoDHondt.Assegna(seggi, liste, (pari, _) => pari[0]);

            var capacity = liste.Where(l => l.Cifra > 0).Sum(l => l.Candidati);
            Assert.Equal(Math.Min(seggi, capacity), riparto.Seggi.Values.Sum());
            Assert.Equal(seggi, riparto.Seggi.Values.Sum() + riparto.SeggiNonAssegnati);
            Assert.All(liste, l => Assert.InRange(riparto.Seggi[l.Lista], 0, l.Candidati));
            // Every list that could take one more seat has its next quotient no higher than the lowest one that won.
            var lowestWon = riparto.Assegnazioni.Count == 0 ? decimal.MaxValue : riparto.Assegnazioni.Min(s => s.Quoziente);
            foreach (var l in liste.Where(l => l.Cifra > 0 && riparto.Seggi[l.Lista] < l.Candidati))
            {
                Assert.True((decimal)l.Cifra / (riparto.Seggi[l.Lista] + 1) <= lowestWon, $"run {run}: {l.Lista}");
            }
        }
    }
}
