namespace Scadenzario.Elezioni.Attestazioni;

/// <summary>
/// Why an attestation cannot be accepted. A value rather than a message: the office writes the Italian
/// sentence with its own way of naming comuni and dates, and a test can name the defect it expects.
/// </summary>
public abstract record DifettoAttestazione
{
    private DifettoAttestazione()
    {
    }

    /// <summary>The council is declared dissolved, yet the attestation lists persons in office.</summary>
    public sealed record CommissariatoConAmministratori : DifettoAttestazione;

    /// <summary>Nobody listed, and the council is not declared dissolved.</summary>
    public sealed record NessunAmministratore : DifettoAttestazione;

    /// <summary>Someone not 18 on the reference day (electors are the adult members of the councils, comma 25).</summary>
    public sealed record NonMaggiorenne(PersonaAttestata Persona) : DifettoAttestazione;

    /// <summary>A comune has exactly one sindaco.</summary>
    public sealed record SindaciNonUno(int Sindaci) : DifettoAttestazione;

    /// <summary>More consiglieri than the comune's council has (<see cref="Consiglio.ComposizioneConsigli.ConsiglieriComunali"/>).</summary>
    public sealed record TroppiConsiglieri(int Massimo, int Indicati) : DifettoAttestazione;

    /// <summary>The same person (name and birth date) twice.</summary>
    public sealed record Ripetuta(PersonaAttestata Persona) : DifettoAttestazione;
}
