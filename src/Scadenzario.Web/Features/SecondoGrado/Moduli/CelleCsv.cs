using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>The cells of the office's CSV files, read one way: a wrong cell adds a message naming its line and column.</summary>
public static class CelleCsv
{
    public static string Testo(RigaCsv riga, string colonna, List<string> errori)
    {
        var valore = riga[colonna];
        if (valore.Length == 0)
        {
            errori.Add($"Riga {riga.Riga}, colonna «{colonna}»: valore mancante.");
        }

        return valore;
    }

    public static Sesso Sesso(RigaCsv riga, List<string> errori)
    {
        switch (riga["sesso"].ToUpperInvariant())
        {
            case "M":
                return Elezioni.Sesso.M;
            case "F":
                return Elezioni.Sesso.F;
            default:
                errori.Add($"Riga {riga.Riga}, colonna «sesso»: «{riga["sesso"]}» non valido (F o M).");
                return Elezioni.Sesso.F;
        }
    }

    public static LocalDate Giorno(RigaCsv riga, string colonna, List<string> errori)
    {
        if (Giorni.Leggi(riga[colonna]) is { } giorno)
        {
            return giorno;
        }

        errori.Add($"Riga {riga.Riga}, colonna «{colonna}»: «{riga[colonna]}» non è una data (GG/MM/AAAA).");
        return default;
    }

    public static string Carica(RigaCsv riga, List<string> errori)
    {
        var carica = riga["carica"].ToLowerInvariant();
        if (!Cariche.Valida(carica))
        {
            errori.Add($"Riga {riga.Riga}, colonna «carica»: «{riga["carica"]}» non valida (sindaco o consigliere).");
        }

        return carica;
    }

    public static int Intero(RigaCsv riga, string colonna, List<string> errori)
    {
        if (int.TryParse(riga[colonna], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errori.Add($"Riga {riga.Riga}, colonna «{colonna}»: «{riga[colonna]}» non è un numero intero non negativo.");
        return 0;
    }
}
