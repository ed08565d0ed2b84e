using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// A list as a CSV: one row per candidate (in the order of presentation) and per signer, told apart by the
/// column <c>tipo</c> (candidato or sottoscrittore). Columns <c>tipo;nome;sesso;data_nascita;comune;carica;autenticata</c>:
/// sesso and carica for a candidate, autenticata (the day the signature was authenticated) for a signer;
/// dates as GG/MM/AAAA or AAAA-MM-GG. The list's name is a field of the upload form.
/// </summary>
public static class ListaCsv
{
    public static readonly string[] Colonne = ["tipo", "nome", "sesso", "data_nascita", "comune", "carica", "autenticata"];

    public const string Modello = """
        tipo;nome;sesso;data_nascita;comune;carica;autenticata
        candidato;Anna Bianchi;F;14/08/1984;Prato;consigliere;
        candidato;Mario Rossi;M;07/07/1973;Vernio;sindaco;
        sottoscrittore;Paolo Verdi;;17/09/1982;Montemurlo;;20/11/2026
        """;

    public static ListaInput? Leggi(string nome, string testo, List<string> errori)
    {
        if (string.IsNullOrWhiteSpace(nome))
        {
            errori.Add("Indicare il nome (contrassegno) della lista nel campo sopra il file.");
        }

        var candidati = new List<CandidatoInput>();
        var sottoscrizioni = new List<SottoscrizioneInput>();
        foreach (var riga in TabellaCsv.Leggi(testo, Colonne, [], errori))
        {
            switch (riga["tipo"].ToLowerInvariant())
            {
                case "candidato":
                    candidati.Add(new CandidatoInput(
                        CelleCsv.Testo(riga, "nome", errori), CelleCsv.Sesso(riga, errori), CelleCsv.Giorno(riga, "data_nascita", errori),
                        CelleCsv.Testo(riga, "comune", errori), CelleCsv.Carica(riga, errori)));
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

        return errori.Count == 0 ? new ListaInput(nome.Trim(), candidati, sottoscrizioni) : null;
    }
}
