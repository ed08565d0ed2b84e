using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// A candidacy for presidente as a CSV: one row for the candidate and one per signer, told apart by the
/// column <c>tipo</c> (candidato or sottoscrittore). Columns <c>tipo;nome;sesso;data_nascita;comune;fine_mandato;autenticata</c>:
/// sesso and fine_mandato (the day the mandate as sindaco ends, comma 60) for the candidate, autenticata for a signer;
/// dates as GG/MM/AAAA or AAAA-MM-GG.
/// </summary>
public static class PresidenteCsv
{
    public static readonly string[] Colonne = ["tipo", "nome", "sesso", "data_nascita", "comune", "fine_mandato", "autenticata"];

    public const string Modello = """
        tipo;nome;sesso;data_nascita;comune;fine_mandato;autenticata
        candidato;Mario Rossi;M;07/07/1973;Vernio;10/06/2029;
        sottoscrittore;Paolo Verdi;;17/09/1982;Montemurlo;;20/11/2026
        """;

    public static CandidaturaPresidenteInput? Leggi(string testo, List<string> errori)
    {
        var candidati = new List<(string Nome, Elezioni.Sesso Sesso, NodaTime.LocalDate Nascita, string Comune, NodaTime.LocalDate Fine)>();
        var sottoscrizioni = new List<SottoscrizioneInput>();
        foreach (var riga in TabellaCsv.Leggi(testo, Colonne, [], errori))
        {
            switch (riga["tipo"].ToLowerInvariant())
            {
                case "candidato":
                    candidati.Add((CelleCsv.Testo(riga, "nome", errori), CelleCsv.Sesso(riga, errori), CelleCsv.Giorno(riga, "data_nascita", errori),
                        CelleCsv.Testo(riga, "comune", errori), CelleCsv.Giorno(riga, "fine_mandato", errori)));
                    break;
                case "sottoscrittore":
                    sottoscrizioni.Add(new SottoscrizioneInput(
                        CelleCsv.Testo(riga, "nome", errori), CelleCsv.Giorno(riga, "data_nascita", errori), CelleCsv.Testo(riga, "comune", errori),
                        CelleCsv.Giorno(riga, "autenticata", errori)));
                    break;
                default:
                    errori.Add($"Riga {riga.Riga}, colonna «tipo»: «{riga["tipo"]}» non valido (candidato o sottoscrittore).");
                    break;
            }
        }

        if (candidati.Count != 1)
        {
            errori.Add($"Il file deve avere una sola riga di tipo «candidato» (ne ha {candidati.Count}): ogni candidatura a presidente è di una persona.");
        }

        return errori.Count == 0
            ? new CandidaturaPresidenteInput(candidati[0].Nome, candidati[0].Sesso, candidati[0].Nascita, candidati[0].Comune, candidati[0].Fine, sottoscrizioni)
            : null;
    }
}
