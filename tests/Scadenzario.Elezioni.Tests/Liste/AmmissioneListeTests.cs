using NodaTime;
using Scadenzario.Elezioni.Liste;

namespace Scadenzario.Elezioni.Tests.Liste;

public class AmmissioneListeTests
{
    private static readonly LocalDate Termine = new(2017, 9, 18);
    private static readonly LocalDate Ieri = Termine.PlusDays(-1);

    // 100 electors: e1..e100. The minimum is 5 signatures.
    private static readonly string[] Elettorato = [.. Enumerable.Range(1, 100).Select(i => $"e{i}")];

    private static string[] Ids(int from, int count) => [.. Enumerable.Range(from, count).Select(i => $"e{i}")];

    private static Sottoscrizione[] Firme(int from, int count, LocalDate? day = null) =>
        [.. Ids(from, count).Select(id => new Sottoscrizione(id, day ?? Ieri))];

    [Fact]
    public void Esamina_RegularList_IsAdmitted()
    {
        var esito = AmmissioneListe.Esamina(Elettorato, 6, Termine, [new("Uno", Ids(1, 4), Firme(50, 5))]).Single();

        Assert.True(esito.Ammessa);
        Assert.Equal(3, esito.MinimoCandidati);
        Assert.Equal(5, esito.MinimoSottoscrizioni);
        Assert.Equal(5, esito.SottoscrizioniValide);
        Assert.Empty(esito.MotiviRicusazione);
    }

    [Fact]
    public void Esamina_TooManyCandidates_AreCutFromTheBottom()
    {
        var esito = AmmissioneListe.Esamina(Elettorato, 6, Termine, [new("Uno", Ids(1, 8), Firme(50, 5))]).Single();

        Assert.True(esito.Ammessa);
        Assert.Equal(Ids(1, 6), esito.CandidatiAmmessi);
        Assert.Equal(["e7", "e8"], esito.CandidatureRicusate.Select(r => r.ElettoreId));
        Assert.All(esito.CandidatureRicusate, r => Assert.Contains("numero massimo", r.Motivo));
    }

    [Fact]
    public void Esamina_CandidateOutsideTheElectorate_IsStruckOutAndTheListFallsBelowHalf()
    {
        var esito = AmmissioneListe.Esamina(Elettorato, 6, Termine, [new("Uno", ["e1", "e2", "estraneo"], Firme(50, 5))]).Single();

        Assert.False(esito.Ammessa);
        Assert.Equal(["e1", "e2"], esito.CandidatiAmmessi);
        Assert.Contains("corpo elettorale", esito.CandidatureRicusate.Single().Motivo);
        Assert.Contains("meno della metà dei seggi", Assert.Single(esito.MotiviRicusazione));
    }

    [Fact]
    public void Esamina_SignatureRules_VoidTheWrongOnes()
    {
        Sottoscrizione[] firme =
        [
            .. Firme(50, 3),
            new("e2", Ieri), // candidate of the other list
            new("estraneo", Ieri), // not an elector
            new("e60", Termine.PlusDays(-181)), // too old
            new("e61", Termine.PlusDays(-180)), // exactly the 180th day: valid
            new("e70", Ieri.PlusDays(-3)), // also signs Due later: kept here
            new("e71", Ieri), // also signs Due the same day: void on both
        ];
        var uno = new ListaPresentata("Uno", ["e1"], firme);
        var due = new ListaPresentata("Due", ["e2"], [new("e70", Ieri), new("e71", Ieri), .. Firme(80, 5)]);

        var esiti = AmmissioneListe.Esamina(Elettorato, 2, Termine, [uno, due]);

        var esitoUno = esiti[0];
        Assert.Equal(5, esitoUno.SottoscrizioniValide); // e50-52, e61, e70
        Assert.True(esitoUno.Ammessa);
        Assert.Equal(["e2", "estraneo", "e60", "e71"], esitoUno.SottoscrizioniNulle.Select(n => n.ElettoreId));
        Assert.Contains("candidato", esitoUno.SottoscrizioniNulle[0].Motivo);
        Assert.Contains("180", esitoUno.SottoscrizioniNulle[2].Motivo);
        Assert.Contains("stesso giorno", esitoUno.SottoscrizioniNulle[3].Motivo);

        var esitoDue = esiti[1];
        Assert.Equal(5, esitoDue.SottoscrizioniValide);
        Assert.Equal(["e70", "e71"], esitoDue.SottoscrizioniNulle.Select(n => n.ElettoreId).Order());
        Assert.Contains("anteriore", esitoDue.SottoscrizioniNulle.Single(n => n.ElettoreId == "e70").Motivo);
    }

    [Fact]
    public void Esamina_TooFewValidSignatures_RefusesTheList()
    {
        var esito = AmmissioneListe.Esamina(Elettorato, 2, Termine, [new("Uno", ["e1"], [.. Firme(50, 4), new("e50", Ieri)])]).Single();

        Assert.False(esito.Ammessa);
        Assert.Equal(4, esito.SottoscrizioniValide);
        Assert.Contains("ripetuta", esito.SottoscrizioniNulle.Single().Motivo);
        Assert.Contains("meno del minimo di 5", Assert.Single(esito.MotiviRicusazione));
    }
}
