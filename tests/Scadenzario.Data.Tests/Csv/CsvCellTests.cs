using Scadenzario.Data.Csv;
using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Data.Tests.Csv;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", ';', "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+39 010 1", ';', "'+39 010 1")]
    [InlineData("-2+3", ';', "'-2+3")]
    [InlineData("@SUM(A1)", ';', "'@SUM(A1)")]
    [InlineData("\t=1", ';', "'\t=1")]
    [InlineData("\r=1", ';', "\"'\r=1\"")]
    [InlineData("Genova", ';', "Genova")]
    [InlineData("Reggio nell'Emilia", ';', "Reggio nell'Emilia")]
    [InlineData("a;b", ';', "\"a;b\"")]
    [InlineData("a;b", ',', "a;b")]
    [InlineData("Rossi, Mario", ',', "\"Rossi, Mario\"")]
    [InlineData("", ';', "")]
    public void Text_FormulaStartsNeutralisedThenQuoted(string value, char separator, string expected) =>
        Assert.Equal(expected, CsvCell.Text(value, separator));

    [Fact]
    public void OsservatorioCsv_CandidateNamedAsAFormula_Neutralised()
    {
        var riga = new RigaOsservatorio("provincia", "GE", "Genova", "metropolitane", 18, 100, 5, 2, 20, null, null, ["=cmd|' /C calc'!A0", "Bianchi Anna"]);

        var csv = OsservatorioExport.Csv(new Osservatorio([riga], riga with { Ambito = "nazionale" }));

        Assert.Contains(",'=cmd|' /C calc'!A0; Bianchi Anna,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=cmd", csv, StringComparison.Ordinal);
    }
}
