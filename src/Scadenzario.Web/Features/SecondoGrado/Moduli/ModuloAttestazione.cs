using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Web.Features.SecondoGrado.Moduli;

/// <summary>
/// The segretario's attestation as a form (L. 56/2014, art. 1, commi 25-26, circ. 32/2014: the sindaco
/// and the consiglieri in office at the 35th day before the vote, or that the council is dissolved): the sindaco on
/// a line of their own, so there is always exactly one; one row per seat of the council, empty for a seat
/// that is vacant. The form checks only what a field says on its own; the service decides the rest.
/// </summary>
public sealed class ModuloAttestazione
{
    public const string Prefisso = "Modulo";

    public string? Protocollo { get; set; }

    public bool Commissariato { get; set; }

    public RigaPersona Sindaco { get; set; } = new();

    public List<RigaPersona> Consiglieri { get; set; } = [];

    /// <summary>The persons to record, or null when a field is wrong (each message is on its field).</summary>
    public IReadOnlyList<AmministratoreInput>? Leggi(ModelStateDictionary errori)
    {
        var prima = errori.ErrorCount;
        var amministratori = new List<AmministratoreInput>();
        if (!Sindaco.Vuota)
        {
            amministratori.Add(Persona(Sindaco, Cariche.Sindaco, errori, $"{Prefisso}.Sindaco"));
        }

        foreach (var (riga, i) in Consiglieri.Select((r, i) => (r, i)).Where(x => !x.r.Vuota))
        {
            amministratori.Add(Persona(riga, Cariche.Consigliere, errori, $"{Prefisso}.Consiglieri[{i}]"));
        }

        return errori.ErrorCount == prima ? amministratori : null;
    }

    /// <summary>
    /// The field a refusal of the service concerns: the row whose name it quotes (the date of birth when it
    /// is about age), the sindaco, the council as a whole or the dissolution; empty for the form as a whole.
    /// </summary>
    public string Campo(string messaggio)
    {
        if (messaggio.Contains("commissariato", StringComparison.OrdinalIgnoreCase))
        {
            return $"{Prefisso}.Commissariato";
        }

        var campo = messaggio.Contains("maggiorenne", StringComparison.OrdinalIgnoreCase) || messaggio.Contains("nascita", StringComparison.OrdinalIgnoreCase)
            ? "DataNascita"
            : "Nome";
        var righe = Consiglieri.Select((r, i) => (Riga: r, Chiave: $"{Prefisso}.Consiglieri[{i}]")).Prepend((Riga: Sindaco, Chiave: $"{Prefisso}.Sindaco")).ToList();
        var citata = righe.Where(r => r.Riga.NomePulito.Length > 0 && messaggio.Contains(r.Riga.NomePulito, StringComparison.OrdinalIgnoreCase)).ToList();
        if (citata.Count > 0)
        {
            // A name quoted twice is the duplicate: the second row is the one to remove.
            return $"{citata[^1].Chiave}.{campo}";
        }

        return messaggio.Contains("sindaco", StringComparison.OrdinalIgnoreCase) && !messaggio.Contains("oltre al sindaco", StringComparison.OrdinalIgnoreCase)
            ? $"{Prefisso}.Sindaco.Nome"
            : messaggio.Contains("consiglier", StringComparison.OrdinalIgnoreCase) || messaggio.Contains("amministrator", StringComparison.OrdinalIgnoreCase)
                ? $"{Prefisso}.Consiglieri"
                : "";
    }

    private static AmministratoreInput Persona(RigaPersona riga, string carica, ModelStateDictionary errori, string chiave) =>
        new(riga.LeggiNome(errori, chiave), riga.LeggiSesso(errori, chiave), riga.LeggiData(errori, chiave), carica);
}
