namespace Scadenzario.Elezioni.Tests;

public class NomiTests
{
    [Theory]
    [InlineData("Poggio a Caiano", "poggio  a caiano")]
    [InlineData("Nicolò D'Amico", "nicolo d amico")]
    [InlineData("Reggio nell’Emilia", "REGGIO NELL EMILIA")]
    [InlineData("Sant-Olcese", " sant olcese ")]
    public void Normalizza_SpellingsOfTheSameName_Agree(string a, string b) =>
        Assert.Equal(Nomi.Normalizza(a), Nomi.Normalizza(b));

    [Fact]
    public void Normalizza_DifferentNames_StayDifferent() =>
        Assert.NotEqual(Nomi.Normalizza("Vaiano"), Nomi.Normalizza("Vernio"));

    [Fact]
    public void Normalizza_GivesLowercaseWithoutAccentsAndSingleSpaces() =>
        Assert.Equal("citta di castello", Nomi.Normalizza("  Città   di Castello "));
}
