using System.Globalization;
using NodaTime;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Liste;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Elezioni.Tests.EndToEnd;

/// <summary>
/// The 67 comuni of the Città metropolitana di Genova (shared/data, legal population 2021), councillors
/// estimated from population, from the electorate to the proclamation. The expected figures were worked out
/// outside the code (bc) from the population sums per fascia: A 56,712 (42 comuni), B 33,084 (9),
/// C 68,983 (10), D 97,420 (5), H 561,203 (Genova); total 817,402.
/// </summary>
public class GenovaEndToEndTests
{
    private static readonly LocalDate Termine = new(2017, 9, 18);

    private static List<(string Nome, int Popolazione, bool Capoluogo)> ComuniDiGenova() =>
        SharedData.Csv("comuni.csv")
            .Where(r => r["province_code"] == "GE")
            .Select(r => (r["name"], int.Parse(r["population"], CultureInfo.InvariantCulture), r["capoluogo"] == "true"))
            .ToList();

    private static List<ComuneElettorale> Elettorato() =>
        ComuniDiGenova().Select(c => new ComuneElettorale(c.Nome, c.Popolazione, ComposizioneConsigli.ElettoriStimati(c.Popolazione, c.Capoluogo))).ToList();

    [Fact]
    public void Electorate_HasTheFasceAndIndicesWorkedOutByHand()
    {
        var comuni = ComuniDiGenova();
        Assert.Equal(67, comuni.Count);

        var ponderazione = IndicePonderazione.Calcola(Elettorato());

        Assert.Equal(817_402, ponderazione.PopolazioneTotale);
        Assert.Equal(835, ponderazione.ElettoriTotali);
        Assert.Equal("Genova", ponderazione.ComuneOltre45);
        Assert.Equal([Fascia.A, Fascia.B, Fascia.C, Fascia.D, Fascia.H], ponderazione.Fasce.Select(f => f.Fascia));
        Assert.Equal([42, 9, 10, 5, 1], ponderazione.Fasce.Select(f => f.Comuni));
        Assert.Equal([462, 117, 130, 85, 41], ponderazione.Fasce.Select(f => f.Elettori));
        Assert.Equal([6.938m, 4.047m, 8.439m, 11.918m, 68.656m], ponderazione.Fasce.Select(f => f.Percentuale));
        // Genova's 23.656 points above 45 go to the other fasce by population (256,199 inhabitants).
        Assert.Equal([12.174m, 7.101m, 14.808m, 20.913m, 45m], ponderazione.Fasce.Select(f => f.PercentualeRettificata));
        // The Ministry's 2014 figures for Genova (2011 census) were 27, 60, 112, 217 and 1097.
        Assert.Equal([26, 60, 113, 246, 1097], ponderazione.Fasce.Select(f => f.Indice));

        var seggi = ComposizioneConsigli.ConsiglieriMetropolitani(ponderazione.PopolazioneTotale);
        Assert.Equal(18, seggi);
        Assert.Equal(42, Sottoscrizioni.MinimoPerLista(ponderazione.ElettoriTotali));
    }

    [Fact]
    public void FromElectorateToProclamation()
    {
        var ponderazione = IndicePonderazione.Calcola(Elettorato());
        var seggi = ComposizioneConsigli.ConsiglieriMetropolitani(ponderazione.PopolazioneTotale);

        // One id per elector: the comune's name and a number, the sindaco being number 0.
        var elettori = Elettorato().SelectMany(c => Enumerable.Range(0, c.Elettori).Select(i => $"{c.Nome}#{i}")).ToList();
        var persone = elettori.Select((id, i) => new Candidato(id, id, i % 2 == 0 ? Sesso.M : Sesso.F, new LocalDate(1950 + i % 40, 1 + i % 12, 1)))
            .ToDictionary(p => p.Id);
        var genova = elettori.Where(e => e.StartsWith("Genova#", StringComparison.Ordinal)).ToList();
        var altri = elettori.Except(genova).ToList();

        // Lists of 18, 12 and 9 candidates, each signed by 42 electors who stand nowhere.
        var candidati1 = genova.Take(18).ToList();
        var candidati2 = altri.Take(12).ToList();
        var candidati3 = altri.Skip(12).Take(9).ToList();
        var firmatari = altri.Skip(100).ToList();
        ListaPresentata Lista(string nome, List<string> candidati, int from) =>
            new(nome, candidati, firmatari.Skip(from).Take(42).Select(f => new Sottoscrizione(f, Termine.PlusDays(-10))).ToList());
        var presentate = new[] { Lista("Uno", candidati1, 0), Lista("Due", candidati2, 50), Lista("Tre", candidati3, 100) };

        var esiti = AmmissioneListe.Esamina(elettori, seggi, Termine, presentate);
        Assert.All(esiti, e => Assert.True(e.Ammessa, string.Join("; ", e.MotiviRicusazione)));

        var liste = esiti.Select(e => new ListaInCompetizione(e.Nome, e.CandidatiAmmessi.Select(id => persone[id]).ToList())).ToList();
        var lista2 = liste[1].Candidati;
        // In Due, the 7th and 8th candidates tie in fascia A (5 × 26 each) after three men and three women:
        // the younger takes the 7th place. Their birth dates are set apart here to make that visible.
        liste[1] = liste[1] with
        {
            Candidati = [.. lista2.Take(6), lista2[6] with { DataNascita = new LocalDate(1970, 1, 1) }, lista2[7] with { DataNascita = new LocalDate(1980, 1, 1) }, .. lista2.Skip(8)],
        };
        var preferenzeA = new Dictionary<string, int>();
        for (var k = 0; k < 6; k++)
        {
            preferenzeA[lista2[k].Id] = 13 - k;
        }

        preferenzeA[lista2[6].Id] = 5;
        preferenzeA[lista2[7].Id] = 5;

        List<ScrutinioFascia> scrutinio =
        [
            new(Fascia.A, 462, 410, 5, 5, new Dictionary<string, int> { ["Uno"] = 150, ["Due"] = 200, ["Tre"] = 50 }, preferenzeA),
            new(Fascia.B, 117, 100, 0, 0, new Dictionary<string, int> { ["Uno"] = 40, ["Due"] = 50, ["Tre"] = 10 }),
            new(Fascia.C, 130, 120, 0, 0, new Dictionary<string, int> { ["Uno"] = 50, ["Due"] = 50, ["Tre"] = 20 }),
            new(Fascia.D, 85, 80, 0, 0, new Dictionary<string, int> { ["Uno"] = 40, ["Due"] = 30, ["Tre"] = 10 }),
            new(Fascia.H, 41, 40, 1, 0, new Dictionary<string, int> { ["Uno"] = 20, ["Due"] = 15, ["Tre"] = 4 },
                new Dictionary<string, int> { [candidati1[17]] = 3, [candidati3[8]] = 2 }),
        ];

        var risultato = Proclamazione.Calcola(seggi, ponderazione, liste, scrutinio);

        // Uno: 150×26 + 40×60 + 50×113 + 40×246 + 20×1097 = 3,900 + 2,400 + 5,650 + 9,840 + 21,940 = 43,730.
        // Due: 5,200 + 3,000 + 5,650 + 7,380 + 16,455 = 37,685. Tre: 1,300 + 600 + 2,260 + 2,460 + 4,388 = 11,008.
        Assert.Equal([43_730L, 37_685L, 11_008L], risultato.Liste.Select(l => l.CifraElettoralePonderata));
        // The 18th highest quotient is Uno's 43,730/9 = 4,858.9; next would be Due's 37,685/8 = 4,710.6.
        Assert.Equal([9, 7, 2], risultato.Liste.Select(l => l.Seggi));
        Assert.Equal(18, risultato.Eletti.Count());

        // Uno's 18th candidate has 3 preferences in H: 3,291, first of the list.
        var uno = risultato.Candidati.Where(c => c.Lista == "Uno").ToList();
        Assert.Equal(candidati1[17], uno[0].Candidato.Id);
        Assert.Equal(3 * 1097, uno[0].CifraIndividualePonderata);

        var eletti2 = risultato.Eletti.Where(c => c.Lista == "Due").Select(c => c.Candidato.Id).ToList();
        Assert.Equal([.. lista2.Take(6).Select(c => c.Id), lista2[7].Id], eletti2);
        Assert.Equal(CriterioPosizione.PiuGiovane, risultato.Candidati.Single(c => c.Candidato.Id == lista2[7].Id).Criterio);
        Assert.DoesNotContain(lista2[6].Id, risultato.Eletti.Select(c => c.Candidato.Id));

        // Property: every weighted total is the sum over the fasce of votes × index.
        Assert.All(risultato.Liste, l => Assert.Equal(l.PerFascia.Sum(v => (long)v.Voti * ponderazione.IndiceDi(v.Fascia)), l.CifraElettoralePonderata));
        Assert.All(risultato.Candidati, c => Assert.Equal(c.PerFascia.Sum(v => v.Ponderati), c.CifraIndividualePonderata));
    }
}
