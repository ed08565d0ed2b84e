using System.Text.Json;
using NodaTime.Text;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni;

namespace Scadenzario.Documenti.Upload;

/// <summary>
/// The office's input files (format in docs/secondo-grado.md, examples in samples/secondo-grado/prato),
/// read the same way by the command line and the web pages, so a file prepared for one works with the
/// other. Malformed input is refused with an Italian message naming the field, before anything reaches
/// the database.
/// </summary>
public static class InputJson
{
    public sealed record Attestazione(string Comune, bool Commissariato, string? Protocollo, IReadOnlyList<AmministratoreInput> Amministratori);

    public static Attestazione LeggiAttestazione(string json) => Leggi(json, root =>
    {
        var commissariato = root.TryGetProperty("commissariato", out var c) && c.ValueKind == JsonValueKind.True;
        var amministratori = root.TryGetProperty("amministratori", out var lista)
            ? Array(lista, "amministratori").Select((a, i) => Amministratore(a, $"amministratori[{i}]")).ToList()
            : [];
        return new Attestazione(Testo(root, "comune", "attestazione"), commissariato, TestoFacoltativo(root, "protocollo"), amministratori);
    });

    public static ListaInput LeggiLista(string json) => Leggi(json, root =>
    {
        var nome = Testo(root, "nome", "lista");
        var candidati = Array(Proprieta(root, "candidati", "lista"), "candidati").Select((c, i) =>
        {
            var dove = $"candidati[{i}]";
            return new CandidatoInput(Testo(c, "nome", dove), Sesso(c, dove), Data(c, "dataNascita", dove), Testo(c, "comune", dove), Carica(c, dove));
        }).ToList();
        return new ListaInput(nome, candidati, Sottoscrizioni(root));
    });

    /// <summary>One fascia's tabellina, or an array of them.</summary>
    public static IReadOnlyList<ScrutinioInput> LeggiScrutinio(string json) => Leggi(json, root =>
        (root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root]).Select((f, i) =>
        {
            var dove = root.ValueKind == JsonValueKind.Array ? $"[{i}]" : "scrutinio";
            var fascia = Testo(f, "fascia", dove);
            if (fascia.Length != 1 || !Enum.TryParse<Fascia>(fascia, ignoreCase: false, out var parsed))
            {
                throw new FormatException($"{dove}: fascia \"{fascia}\" sconosciuta (da A a I).");
            }

            var voti = Numeri(Proprieta(f, "voti", dove), $"{dove}.voti");
            var preferenze = f.TryGetProperty("preferenze", out var p)
                ? Oggetto(p, $"{dove}.preferenze").ToDictionary(x => x.Name, x => (IReadOnlyDictionary<string, int>)Numeri(x.Value, $"{dove}.preferenze.{x.Name}"))
                : new Dictionary<string, IReadOnlyDictionary<string, int>>();
            return new ScrutinioInput(parsed, Intero(f, "elettori", dove), Intero(f, "votanti", dove), Intero(f, "schedeBianche", dove), Intero(f, "schedeNulle", dove), voti, preferenze);
        }).ToList());

    /// <summary>A candidacy for presidente: the sindaco, the end of the mandate, the signatures.</summary>
    public static CandidaturaPresidenteInput LeggiCandidaturaPresidente(string json) => Leggi(json, root =>
    {
        const string Dove = "candidatura";
        if (root.TryGetProperty("carica", out _) && Carica(root, Dove) != Cariche.Sindaco)
        {
            throw new FormatException($"{Dove}: solo un sindaco può candidarsi a presidente della provincia (comma 60).");
        }

        return new CandidaturaPresidenteInput(
            Testo(root, "nome", Dove), Sesso(root, Dove), Data(root, "dataNascita", Dove), Testo(root, "comune", Dove), Data(root, "fineMandato", Dove),
            Sottoscrizioni(root));
    });

    /// <summary>The presidential ballot of one fascia, or an array of them: like the council's, votes by candidate name and no preferences.</summary>
    public static IReadOnlyList<ScrutinioInput> LeggiScrutinioPresidente(string json)
    {
        var fasce = LeggiScrutinio(json);
        var conPreferenze = fasce.FirstOrDefault(f => f.Preferenze.Count > 0);
        if (conPreferenze is not null)
        {
            throw new FormatException($"fascia {conPreferenze.Fascia}: la scheda per il presidente non ha voti di preferenza (togliere \"preferenze\").");
        }

        var negativo = fasce.SelectMany(f => f.Voti.Where(v => v.Value < 0).Select(v => (f.Fascia, v.Key, v.Value))).FirstOrDefault();
        return negativo.Key is null
            ? fasce
            : throw new FormatException($"fascia {negativo.Fascia}: voti negativi per \"{negativo.Key}\" ({negativo.Value}).");
    }

    private static List<SottoscrizioneInput> Sottoscrizioni(JsonElement root) =>
        root.TryGetProperty("sottoscrizioni", out var s)
            ? [.. Array(s, "sottoscrizioni").Select((f, i) =>
            {
                var dove = $"sottoscrizioni[{i}]";
                return new SottoscrizioneInput(Testo(f, "nome", dove), Data(f, "dataNascita", dove), Testo(f, "comune", dove), Data(f, "autenticata", dove));
            })]
            : [];

    private static T Leggi<T>(string json, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Il file non è un JSON valido (riga {e.LineNumber + 1}).");
        }
    }

    private static AmministratoreInput Amministratore(JsonElement a, string dove) =>
        new(Testo(a, "nome", dove), Sesso(a, dove), Data(a, "dataNascita", dove), Carica(a, dove));

    private static JsonElement Proprieta(JsonElement element, string name, string dove) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{dove}: manca \"{name}\".");

    private static string Testo(JsonElement element, string name, string dove) =>
        Proprieta(element, name, dove) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new FormatException($"{dove}: \"{name}\" deve essere un testo non vuoto.");

    private static string? TestoFacoltativo(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Intero(JsonElement element, string name, string dove)
    {
        var value = Proprieta(element, name, dove);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : throw new FormatException($"{dove}: \"{name}\" deve essere un numero intero.");
    }

    private static Dictionary<string, int> Numeri(JsonElement element, string dove) =>
        Oggetto(element, dove).ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var n) ? n : throw new FormatException($"{dove}.{p.Name}: deve essere un numero intero."));

    private static IEnumerable<JsonProperty> Oggetto(JsonElement element, string dove) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject() : throw new FormatException($"{dove}: atteso un oggetto.");

    private static IEnumerable<JsonElement> Array(JsonElement element, string dove) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new FormatException($"\"{dove}\": attesa una lista.");

    private static LocalDate Data(JsonElement element, string name, string dove) => Giorno(Testo(element, name, dove), $"{dove}.{name}");

    /// <summary>A day as AAAA-MM-GG, the form of the files and of the date fields.</summary>
    public static LocalDate Giorno(string text, string dove) =>
        LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed
            ? parsed.Value
            : throw new FormatException($"{dove}: data \"{text}\" non valida (AAAA-MM-GG).");

    private static Sesso Sesso(JsonElement element, string dove) => Testo(element, "sesso", dove) switch
    {
        "M" => Elezioni.Sesso.M,
        "F" => Elezioni.Sesso.F,
        var s => throw new FormatException($"{dove}: sesso \"{s}\" non valido (M o F)."),
    };

    private static string Carica(JsonElement element, string dove) =>
        Testo(element, "carica", dove) is var carica && Cariche.Valida(carica)
            ? carica
            : throw new FormatException($"{dove}: carica \"{carica}\" non valida (sindaco o consigliere).");
}
