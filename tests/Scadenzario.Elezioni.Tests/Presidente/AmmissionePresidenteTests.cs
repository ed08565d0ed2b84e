using NodaTime;
using Scadenzario.Elezioni.Liste;
using Scadenzario.Elezioni.Presidente;

namespace Scadenzario.Elezioni.Tests.Presidente;

public class AmmissionePresidenteTests
{
    private static readonly LocalDate Votazione = new(2018, 10, 31);
    private static readonly LocalDate Termine = new(2018, 10, 11);
    private static readonly LocalDate Giorno = new(2018, 10, 5);

    // 20 electors: s1 and s2 are sindaci, e1…e18 consiglieri. 15% of 20 is 3.
    private static readonly string[] Elettorato = ["s1", "s2", .. Enumerable.Range(1, 18).Select(i => $"e{i}")];
    private static readonly string[] Sindaci = ["s1", "s2"];

    private static CandidaturaPresentata Candidatura(string id, string candidato, LocalDate fine, params Sottoscrizione[] firme) => new(id, candidato, fine, firme);

    private static Sottoscrizione F(string elettore, LocalDate? giorno = null) => new(elettore, giorno ?? Giorno);

    [Fact]
    public void Esamina_MandateEndingOneDayShortOf18Months_IsRefusedWithBothDates()
    {
        var esiti = AmmissionePresidente.Esamina(Elettorato, Sindaci, 20, Votazione, Termine,
            [Candidatura("k1", "s1", new LocalDate(2020, 4, 29), F("e1"), F("e2"), F("e3"))]);

        var esito = Assert.Single(esiti);
        Assert.False(esito.Ammessa);
        Assert.Equal(3, esito.MinimoSottoscrizioni);
        Assert.Contains("scade il 29/04/2020", Assert.Single(esito.MotiviRicusazione));
        Assert.Contains("non anteriore al 30/04/2020", esito.MotiviRicusazione[0]);
    }

    [Fact]
    public void Esamina_SignaturesFollowTheRulesOfTheLists()
    {
        var fine = new LocalDate(2021, 1, 1);
        var esiti = AmmissionePresidente.Esamina(Elettorato, Sindaci, 20, Votazione, Termine,
        [
            // e1, e2 valid; s2 is the other candidate; x is no elector; e3 too old; e4 signed k2 earlier; e5 both the same day.
            Candidatura("k1", "s1", fine, F("e1"), F("e2"), F("s2"), F("x"), F("e3", Termine.PlusDays(-181)), F("e4"), F("e5")),
            Candidatura("k2", "s2", fine, F("e4", Giorno.PlusDays(-1)), F("e5"), F("e6"), F("e7")),
        ]);

        Assert.Equal([(false, 2), (true, 3)], esiti.Select(e => (e.Ammessa, e.SottoscrizioniValide)));
        Assert.Equal(["sottoscrizioni valide 2, meno del minimo di 3 (15% degli aventi diritto, arrotondato per eccesso)"], esiti[0].MotiviRicusazione);
        Assert.Equal(
            ["s2: il sottoscrittore è candidato: la sua firma si considera non apposta",
             "x: il sottoscrittore non compare nel corpo elettorale",
             "e3: autenticata prima del 180° giorno antecedente il termine di presentazione",
             "e4: il sottoscrittore ha firmato un'altra candidatura a presidente con autenticazione anteriore: vale solo quella",
             "e5: il sottoscrittore ha firmato più candidature a presidente con autenticazione dello stesso giorno: tutte nulle"],
            esiti[0].SottoscrizioniNulle.Select(n => $"{n.ElettoreId}: {n.Motivo}"));
    }

    [Fact]
    public void Esamina_AConsigliereOrANonElector_IsNoSindaco()
    {
        var fine = new LocalDate(2021, 1, 1);
        var esiti = AmmissionePresidente.Esamina(Elettorato, Sindaci, 20, Votazione, Termine,
            [Candidatura("k1", "e9", fine, F("e1"), F("e2"), F("e3")), Candidatura("k2", "nessuno", fine, F("e4"), F("e5"), F("e6"))]);

        Assert.All(esiti, e => Assert.StartsWith("il candidato non è sindaco in carica", Assert.Single(e.MotiviRicusazione), StringComparison.Ordinal));
    }
}
