using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Data.Limits;

/// <summary>
/// The limits of <see cref="InputLimits"/> applied to what the second-level office records
/// (attestations, changes, lists, candidacies, the count): every name and reason a form, an
/// upload or the command line sends, checked before the service opens its transaction. A refusal
/// names the field and, for a person, who it is, so that the office finds the row to correct.
/// </summary>
public static class SecondoGradoLimits
{
    public static void CheckAttestazione(string comune, IReadOnlyList<AmministratoreInput> amministratori, string? protocollo)
    {
        InputLimits.Check(comune, InputLimits.NomeComune);
        InputLimits.Check(protocollo, InputLimits.Protocollo);
        foreach (var amministratore in amministratori)
        {
            Check(amministratore);
        }
    }

    public static void CheckVariazione(VariazioneInput variazione)
    {
        InputLimits.Check(variazione.Comune, InputLimits.NomeComune);
        InputLimits.Check(variazione.Motivo, InputLimits.Motivo);
        if (variazione.Subentrante is { } subentrante)
        {
            Check(subentrante);
        }
    }

    public static void CheckLista(ListaInput lista)
    {
        InputLimits.Check(lista.Nome, InputLimits.NomeLista);
        foreach (var candidato in lista.Candidati)
        {
            InputLimits.Check(candidato.Nome, InputLimits.NomePersona);
            InputLimits.Check(candidato.Comune, InputLimits.NomeComune);
            InputLimits.Check(candidato.Carica, InputLimits.Carica);
        }

        CheckSottoscrizioni(lista.Sottoscrizioni);
    }

    public static void CheckCandidaturaPresidente(CandidaturaPresidenteInput candidatura)
    {
        InputLimits.Check(candidatura.Nome, InputLimits.NomePersona);
        InputLimits.Check(candidatura.Comune, InputLimits.NomeComune);
        CheckSottoscrizioni(candidatura.Sottoscrizioni);
    }

    /// <summary>The count names lists (and candidates, for the preferences): the same limits as when they were filed.</summary>
    public static void CheckScrutinio(ScrutinioInput scrutinio)
    {
        foreach (var lista in scrutinio.Voti.Keys)
        {
            InputLimits.Check(lista, InputLimits.NomeLista);
        }

        foreach (var (lista, preferenze) in scrutinio.Preferenze)
        {
            InputLimits.Check(lista, InputLimits.NomeLista);
            foreach (var candidato in preferenze.Keys)
            {
                InputLimits.Check(candidato, InputLimits.NomePersona);
            }
        }
    }

    private static void Check(AmministratoreInput amministratore)
    {
        InputLimits.Check(amministratore.Nome, InputLimits.NomePersona);
        InputLimits.Check(amministratore.Carica, InputLimits.Carica);
    }

    private static void CheckSottoscrizioni(IReadOnlyList<SottoscrizioneInput> sottoscrizioni)
    {
        foreach (var sottoscrizione in sottoscrizioni)
        {
            InputLimits.Check(sottoscrizione.Nome, InputLimits.NomePersona);
            InputLimits.Check(sottoscrizione.Comune, InputLimits.NomeComune);
        }
    }
}
