using NodaTime;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>The two offices an elector can hold; both vote and both are eligible (comma 25).</summary>
public static class Cariche
{
    public const string Sindaco = "sindaco";
    public const string Consigliere = "consigliere";

    public static bool Valida(string carica) => carica is Sindaco or Consigliere;
}

/// <summary>The office of a second-level election for one ente in one tornata.</summary>
public sealed record UfficioInfo(
    long Id,
    long TornataId,
    string EnteCode,
    string EnteName,
    string Consultation,
    int Seggi,
    int SeggiElettorali,
    LocalDate GiornoVotazione)
{
    /// <summary>The electorate is the one in office on the 35th day before the vote (comma 26; circ. 32/2014).</summary>
    public LocalDate Riferimento => GiornoVotazione.PlusDays(-35);

    /// <summary>The last day a change of the electorate can be recorded: the day before the vote.</summary>
    public LocalDate UltimoGiornoVariazioni => GiornoVotazione.PlusDays(-1);

    public string Denominazione => Consultation == "metropolitane" ? $"Città metropolitana di {EnteName}" : $"Provincia di {EnteName}";
}

/// <summary>What opening the office created.</summary>
public sealed record UfficioAperto(UfficioInfo Ufficio, int Comuni, int AdempimentiCreati, LocalDate InizioAttestazioni, LocalDate FineAttestazioni);

/// <summary>A sindaco or consigliere as the segretario attests them, or as they take office by a variation.</summary>
public sealed record AmministratoreInput(string Nome, Sesso Sesso, LocalDate DataNascita, string Carica);

public sealed record Amministratore(long Id, string ComuneCode, string Nome, Sesso Sesso, LocalDate DataNascita, string Carica)
{
    /// <summary>The key the calculators know an elector by.</summary>
    public string Chiave => "a" + Id;
}

public enum TipoVariazione
{
    /// <summary>Someone leaves office (resignation, death, decadenza): their vote and candidacy go.</summary>
    Cessazione,

    /// <summary>A consigliere takes the seat of one who left (surroga).</summary>
    Subentro,

    /// <summary>The council is dissolved: the comune has no electors any more.</summary>
    Commissariamento,
}

public sealed record VariazioneInput(string Comune, LocalDate Giorno, TipoVariazione Tipo, string Motivo, long? AmministratoreId = null, AmministratoreInput? Subentrante = null);

/// <summary>One comune in the office's view: has its segretario sent the attestation, and what its task says.</summary>
public sealed record StatoComune(
    string Code,
    string Name,
    int Popolazione,
    Fascia Fascia,
    bool Attestato,
    bool Commissariato,
    int? Elettori,
    int ElettoriStimati,
    Instant? RicevutaIl,
    long? AdempimentoId,
    string? StatoAdempimento,
    LocalDateTime? Scadenza,
    int Variazioni);

public sealed record StatoElettorato(UfficioInfo Ufficio, IReadOnlyList<StatoComune> Comuni)
{
    public int Attestati => Comuni.Count(c => c.Attestato);

    public IEnumerable<StatoComune> Mancanti => Comuni.Where(c => !c.Attestato);

    public int Elettori => Comuni.Sum(c => c.Elettori ?? 0);
}

/// <summary>The electorate as published: the count at the 35th day, per fascia, and the minimum signatures.</summary>
public sealed record ElettoratoPubblicato(
    long Id,
    LocalDate Riferimento,
    int Elettori,
    long Popolazione,
    int Seggi,
    int MinimoFirmeLista,
    int MinimoFirmePresidente,
    IReadOnlyList<string> ComuniStimati,
    Ponderazione Ponderazione,
    Instant PubblicatoIl);

/// <summary>A candidate as the list declares them (comma 29: name, sex, birth date, comune and office).</summary>
public sealed record CandidatoInput(string Nome, Sesso Sesso, LocalDate DataNascita, string Comune, string Carica);

/// <summary>A signature: who signed (matched against the electorate by comune, name and birth date) and its authentication day.</summary>
public sealed record SottoscrizioneInput(string Nome, LocalDate DataNascita, string Comune, LocalDate Autenticata);

public sealed record ListaInput(string Nome, IReadOnlyList<CandidatoInput> Candidati, IReadOnlyList<SottoscrizioneInput> Sottoscrizioni);

public sealed record ListaRegistrata(long Id, string Nome, int Candidati, int CandidatiNonElettori, int Sottoscrizioni, int SottoscrittoriNonElettori);

public sealed record Ricusazione(string Nome, string Motivo);

public sealed record FirmaNulla(string Nome, LocalDate Autenticata, string Motivo);

/// <summary>One list's examination, with names instead of keys, as the report prints it.</summary>
public sealed record EsitoAmmissione(
    string Lista,
    bool Ammessa,
    IReadOnlyList<string> CandidatiAmmessi,
    IReadOnlyList<Ricusazione> CandidatureRicusate,
    int MinimoCandidati,
    int SottoscrizioniValide,
    int MinimoSottoscrizioni,
    IReadOnlyList<FirmaNulla> SottoscrizioniNulle,
    IReadOnlyList<string> MotiviRicusazione);

public sealed record RapportoAmmissione(long Id, LocalDate Termine, int Seggi, int Elettori, IReadOnlyList<EsitoAmmissione> Liste, Instant EsaminatoIl);

/// <summary>The tabellina of one fascia; preferences by list, then by the candidate's name as on the list.</summary>
public sealed record ScrutinioInput(
    Fascia Fascia,
    int Elettori,
    int Votanti,
    int SchedeBianche,
    int SchedeNulle,
    IReadOnlyDictionary<string, int> Voti,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Preferenze);

public sealed record ScrutinioRegistrato(Fascia Fascia, int Versione, IReadOnlyList<Fascia> FasceMancanti);

/// <summary>The proclamation as issued: the result of the calculators and the verbale in both forms.</summary>
public sealed record Proclamato(long Id, RisultatoProclamazione Risultato, string VerbaleTesto, string VerbaleHtml);

public enum FormatoVerbale
{
    Testo,
    Html,
}

/// <summary>One office in the observatory (seed 000): the figures before the vote, and after it once proclaimed.</summary>
public sealed record RigaOsservatorio(
    string Ambito,
    string Ente,
    string Denominazione,
    string Consultazione,
    int ConsiglieriDaEleggere,
    int AventiDiritto,
    int SeggiElettorali,
    int Liste,
    int Candidati,
    int? Votanti,
    decimal? Affluenza,
    IReadOnlyList<string> Eletti,
    IReadOnlyList<string>? CandidatiPresidente = null,
    string? PresidenteEletto = null)
{
    /// <summary>Provinces only: the candidates for presidente, admitted once examined, otherwise as filed.</summary>
    public IReadOnlyList<string> CandidatiPresidente { get; init; } = CandidatiPresidente ?? [];
}

public sealed record Osservatorio(IReadOnlyList<RigaOsservatorio> Province, RigaOsservatorio Nazionale);
