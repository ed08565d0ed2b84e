using NodaTime;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Elezioni.Tests.Scrutinio;

/// <summary>Seed 003, Allegato E: "Esempi di assegnazione dei seggi in caso di cifre individuali ponderate uguali".</summary>
public class GraduatoriaCandidatiTests
{
    private static readonly Candidato[] PariCifra =
    [
        new("rossi", "Mario Rossi", Sesso.M, new LocalDate(1980, 1, 11)),
        new("bianchi", "Fabio Bianchi", Sesso.M, new LocalDate(1956, 12, 1)),
        new("verdi", "Antonio Verdi", Sesso.M, new LocalDate(1964, 7, 21)),
        new("rosa", "Selena Rosa", Sesso.F, new LocalDate(1979, 9, 23)),
        new("azzurra", "Magda Azzurra", Sesso.F, new LocalDate(1955, 5, 17)),
        new("viola", "Claudia Viola", Sesso.F, new LocalDate(1966, 9, 11)),
    ];

    private static List<CandidatoConCifra> Lista(int maschiSopra, int femmineSopra)
    {
        // Candidates already elected on their preferences have distinct, higher weighted totals.
        var sopra = Enumerable.Range(0, maschiSopra + femmineSopra).Select(i => new CandidatoConCifra(
            new Candidato($"sopra{i}", $"Eletto {i}", i < maschiSopra ? Sesso.M : Sesso.F, new LocalDate(1970, 1, 1)), 10_000 - i * 100));
        return [.. sopra, .. PariCifra.Select(c => new CandidatoConCifra(c, 500))];
    }

    [Fact]
    public void Caso1_OneSeatAmongTies_AfterFourMenAndTwoWomen_GoesToTheYoungestWoman()
    {
        var graduatoria = GraduatoriaCandidati.Ordina(Lista(maschiSopra: 4, femmineSopra: 2));

        var settimo = graduatoria[6];
        Assert.Equal("Selena Rosa", settimo.Candidato.Nome);
        Assert.Equal(CriterioPosizione.SessoMenoRappresentato, settimo.Criterio);
    }

    [Fact]
    public void Caso2_ThreeSeatsAmongTies_AfterTwoAndTwo_AreAssignedSeatBySeat()
    {
        var graduatoria = GraduatoriaCandidati.Ordina(Lista(maschiSopra: 2, femmineSopra: 2));

        // Seat 1: 2-2, youngest of all (Rossi, 11/01/1980). Seat 2: 3-2, youngest woman (Rosa).
        // Seat 3: 3-3, youngest of those left (Viola, 1966, before Verdi, 1964).
        Assert.Equal(["Mario Rossi", "Selena Rosa", "Claudia Viola"], graduatoria.Skip(4).Take(3).Select(p => p.Candidato.Nome));
        Assert.Equal(
            [CriterioPosizione.PiuGiovane, CriterioPosizione.SessoMenoRappresentato, CriterioPosizione.PiuGiovane],
            graduatoria.Skip(4).Take(3).Select(p => p.Criterio));
        // "risultano complessivamente eletti per la Lista 1: 3 candidati maschi e 4 femmine".
        var eletti = graduatoria.Take(7).ToList();
        Assert.Equal(3, eletti.Count(p => p.Candidato.Sesso == Sesso.M));
        Assert.Equal(4, eletti.Count(p => p.Candidato.Sesso == Sesso.F));
    }

    [Fact]
    public void Ordina_DistinctTotals_IsByDescendingWeightedTotal()
    {
        var graduatoria = GraduatoriaCandidati.Ordina(
        [
            new(PariCifra[0], 10), new(PariCifra[1], 30), new(PariCifra[2], 20),
        ]);

        Assert.Equal(["bianchi", "verdi", "rossi"], graduatoria.Select(p => p.Candidato.Id));
        Assert.All(graduatoria, p => Assert.Equal(CriterioPosizione.CifraIndividuale, p.Criterio));
    }

    [Fact]
    public void Ordina_TieWithNoCandidateOfTheLessRepresentedSex_GoesToTheYoungest()
    {
        var donna = new Candidato("d", "Prima", Sesso.F, new LocalDate(1990, 1, 1));
        var graduatoria = GraduatoriaCandidati.Ordina(
        [
            new(donna, 900), new(PariCifra[1], 100), new(PariCifra[0], 100),
        ]);

        // After one woman, men are less represented, and both tied are men: the younger, Rossi.
        Assert.Equal(["d", "rossi", "bianchi"], graduatoria.Select(p => p.Candidato.Id));
    }

    [Fact]
    public void Ordina_SameTotalSexAndBirthDate_NeedsADraw()
    {
        var a = new Candidato("a", "A", Sesso.M, new LocalDate(1980, 1, 1));
        var b = new Candidato("b", "B", Sesso.M, new LocalDate(1980, 1, 1));

        var e = Assert.Throws<SorteggioNecessarioException>(() => GraduatoriaCandidati.Ordina([new(a, 5), new(b, 5)]));
        Assert.Equal(["a", "b"], e.Tied);

        var drawn = GraduatoriaCandidati.Ordina([new(a, 5), new(b, 5)], Sorteggi.SecondoOrdine(["b", "a"]));
        Assert.Equal(["b", "a"], drawn.Select(p => p.Candidato.Id));
        Assert.Equal(CriterioPosizione.Sorteggio, drawn[0].Criterio);
    }
}
