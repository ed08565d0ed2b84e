using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>
/// The input of <c>secondo-grado proclama</c>, documented in docs/secondo-grado.md: the territory, the admitted
/// lists and the count per fascia; the seats are given, or derived from the ente and its population.
/// </summary>
internal sealed record ProclamaInput(
    [property: JsonPropertyName("ente")] string? Ente,
    [property: JsonPropertyName("seats")] int? Seats,
    [property: JsonPropertyName("comuni")] List<ComuneJson>? Comuni,
    [property: JsonPropertyName("lists")] List<ListJson>? Lists,
    [property: JsonPropertyName("count")] List<CountJson>? Count,
    [property: JsonPropertyName("draw")] List<string>? Draw)
{
    private static readonly JsonSerializerOptions Options = new() { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static ProclamaInput Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"--input: il file \"{path}\" non esiste.");
        }

        try
        {
            return JsonSerializer.Deserialize<ProclamaInput>(File.ReadAllText(path), Options)
                ?? throw new FormatException("--input: il file è vuoto.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"--input: JSON non valido ({e.Path ?? "radice"}, riga {e.LineNumber + 1}): {e.Message}");
        }
    }

    public List<ComuneElettorale> Territorio() =>
        Required(Comuni, "comuni").Select((c, i) => new ComuneElettorale(
            c.Comune ?? throw new FormatException($"comuni[{i}]: manca \"comune\"."),
            c.Population ?? throw new FormatException($"comuni[{i}] ({c.Comune}): manca \"population\"."),
            c.Electors ?? throw new FormatException($"comuni[{i}] ({c.Comune}): manca \"electors\"."),
            c.Commissariato ?? false)).ToList();

    public int Seggi(IEnumerable<ComuneElettorale> territorio)
    {
        if (Seats is { } seats)
        {
            return seats > 0 ? seats : throw new FormatException($"seats: {seats} non è un numero di seggi valido.");
        }

        var popolazione = territorio.Sum(c => (long)c.Popolazione);
        return Ente switch
        {
            "citta-metropolitana" => ComposizioneConsigli.ConsiglieriMetropolitani(popolazione),
            "provincia" => ComposizioneConsigli.ConsiglieriProvinciali(popolazione),
            null => throw new FormatException("Indicare \"seats\" oppure \"ente\" (citta-metropolitana o provincia)."),
            _ => throw new FormatException($"ente: \"{Ente}\" non è citta-metropolitana né provincia."),
        };
    }

    public List<ListaInCompetizione> Liste() =>
        Required(Lists, "lists").Select((l, i) => new ListaInCompetizione(
            l.Name ?? throw new FormatException($"lists[{i}]: manca \"name\"."),
            Required(l.Candidates, $"lists[{i}].candidates").Select((c, j) => Candidato(c, $"lists[{i}].candidates[{j}]")).ToList())).ToList();

    public List<ScrutinioFascia> Scrutinio() =>
        Required(Count, "count").Select((s, i) => new ScrutinioFascia(
            Enum.TryParse<Fascia>(s.Fascia, ignoreCase: false, out var fascia) && s.Fascia is { Length: 1 }
                ? fascia
                : throw new FormatException($"count[{i}]: fascia \"{s.Fascia}\" sconosciuta (A…I)."),
            s.Electors ?? throw new FormatException($"count[{i}]: manca \"electors\"."),
            s.Voters ?? throw new FormatException($"count[{i}]: manca \"voters\"."),
            s.Blank ?? 0,
            s.Void ?? 0,
            s.Votes ?? [],
            s.Preferences)).ToList();

    public Sorteggio Sorteggio() => Draw is { Count: > 0 } order ? Sorteggi.SecondoOrdine(order) : Sorteggi.NonEffettuato;

    private static Candidato Candidato(CandidateJson c, string where)
    {
        var id = c.Id ?? throw new FormatException($"{where}: manca \"id\".");
        var sesso = c.Sex switch
        {
            "M" => Sesso.M,
            "F" => Sesso.F,
            _ => throw new FormatException($"{where} ({id}): sex deve essere \"M\" o \"F\"."),
        };
        var nascita = LocalDatePattern.Iso.Parse(c.BirthDate ?? "");
        return nascita.Success
            ? new Candidato(id, c.Name ?? id, sesso, nascita.Value)
            : throw new FormatException($"{where} ({id}): birthDate \"{c.BirthDate}\" non è una data valida (AAAA-MM-GG).");
    }

    private static List<T> Required<T>(List<T>? items, string field) =>
        items is { Count: > 0 } ? items : throw new FormatException($"Manca \"{field}\" o è vuoto.");
}

internal sealed record ComuneJson(
    [property: JsonPropertyName("comune")] string? Comune,
    [property: JsonPropertyName("population")] int? Population,
    [property: JsonPropertyName("electors")] int? Electors,
    [property: JsonPropertyName("commissariato")] bool? Commissariato);

internal sealed record ListJson(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("candidates")] List<CandidateJson>? Candidates);

internal sealed record CandidateJson(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("sex")] string? Sex,
    [property: JsonPropertyName("birthDate")] string? BirthDate);

internal sealed record CountJson(
    [property: JsonPropertyName("fascia")] string? Fascia,
    [property: JsonPropertyName("electors")] int? Electors,
    [property: JsonPropertyName("voters")] int? Voters,
    [property: JsonPropertyName("blank")] int? Blank,
    [property: JsonPropertyName("void")] int? Void,
    [property: JsonPropertyName("votes")] Dictionary<string, int>? Votes,
    [property: JsonPropertyName("preferences")] Dictionary<string, int>? Preferences);
