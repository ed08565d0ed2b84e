using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Cli.SecondoGrado;

internal static partial class UfficioInput
{
    /// <summary>A candidacy for presidente: the sindaco, the end of the mandate, the signatures (format in docs/secondo-grado.md).</summary>
    public static CandidaturaPresidenteInput LeggiCandidaturaPresidente(string path) => Leggi(path, root =>
    {
        const string Dove = "candidatura";
        if (root.TryGetProperty("carica", out _) && Carica(root, Dove) != Cariche.Sindaco)
        {
            throw new FormatException($"{Dove}: solo un sindaco può candidarsi a presidente della provincia (comma 60).");
        }

        var firme = root.TryGetProperty("sottoscrizioni", out var s)
            ? Array(s, "sottoscrizioni").Select((f, i) =>
            {
                var dove = $"sottoscrizioni[{i}]";
                return new SottoscrizioneInput(Testo(f, "nome", dove), Data(f, "dataNascita", dove), Testo(f, "comune", dove), Data(f, "autenticata", dove));
            }).ToList()
            : [];
        return new CandidaturaPresidenteInput(
            Testo(root, "nome", Dove), Sesso(root, Dove), Data(root, "dataNascita", Dove), Testo(root, "comune", Dove), Data(root, "fineMandato", Dove), firme);
    });

    /// <summary>The presidential ballot of one fascia, or an array of them: like the council's, votes by candidate name and no preferences.</summary>
    public static IReadOnlyList<ScrutinioInput> LeggiScrutinioPresidente(string path)
    {
        var fasce = LeggiScrutinio(path);
        var conPreferenze = fasce.FirstOrDefault(f => f.Preferenze.Count > 0);
        if (conPreferenze is not null)
        {
            throw new FormatException($"{path}: fascia {conPreferenze.Fascia}: la scheda per il presidente non ha voti di preferenza (togliere \"preferenze\").");
        }

        var negativo = fasce.SelectMany(f => f.Voti.Where(v => v.Value < 0).Select(v => (f.Fascia, v.Key, v.Value))).FirstOrDefault();
        return negativo.Key is null
            ? fasce
            : throw new FormatException($"{path}: fascia {negativo.Fascia}: voti negativi per \"{negativo.Key}\" ({negativo.Value}).");
    }
}
