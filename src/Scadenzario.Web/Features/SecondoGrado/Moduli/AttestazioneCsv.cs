using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// The attestation of one comune as a CSV: one row per amministratore in office, columns
/// <c>nome;sesso;data_nascita;carica</c> (sesso F or M, the date as GG/MM/AAAA or AAAA-MM-GG, carica
/// sindaco or consigliere). The comune is the one whose page receives the file.
/// </summary>
public static class AttestazioneCsv
{
    public static readonly string[] Colonne = ["nome", "sesso", "data_nascita", "carica"];

    public const string Modello = """
        nome;sesso;data_nascita;carica
        Mario Rossi;M;07/07/1973;sindaco
        Anna Bianchi;F;14/08/1984;consigliere
        """;

    /// <summary>The amministratori of the file, or null with every broken row named in <paramref name="errori"/>.</summary>
    public static IReadOnlyList<AmministratoreInput>? Leggi(string testo, List<string> errori)
    {
        var righe = TabellaCsv.Leggi(testo, Colonne, [], errori);
        var amministratori = new List<AmministratoreInput>();
        foreach (var riga in righe)
        {
            var nome = CelleCsv.Testo(riga, "nome", errori);
            var sesso = CelleCsv.Sesso(riga, errori);
            var nascita = CelleCsv.Giorno(riga, "data_nascita", errori);
            var carica = CelleCsv.Carica(riga, errori);
            amministratori.Add(new AmministratoreInput(nome, sesso, nascita, carica));
        }

        return errori.Count == 0 ? amministratori : null;
    }
}
