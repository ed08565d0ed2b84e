using System.CommandLine;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data;
using Scadenzario.Data.Enti;

namespace Scadenzario.Cli.Enti;

/// <summary><c>scadenzario enti import [FILE]</c> and <c>scadenzario enti contatti CODE …</c>.</summary>
internal static class EntiCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "File CSV dei comuni (formato ISTAT, le colonne di data/comuni/comuni.csv); se omesso, l'elenco ISTAT distribuito con il programma " +
                $"(o quello della variabile {ComuniDataLocation.EnvironmentVariable}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var import = new Command("import", "Importa o aggiorna i comuni, le province e le prefetture.") { file };
        import.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var path = ComuniDataLocation.Resolve(parse.GetValue(file));
            var rows = ComuniCsv.Read(path);
            env.Out.WriteLine($"Elenco dei comuni: {path}");
            var result = await EntiImporter.ImportAsync(dataSource, rows, env.Clock, ct);
            env.Out.WriteLine($"Comuni nel file: {result.Comuni} (nuovi {result.Inserted}, aggiornati {result.Updated}); " +
                $"province e città metropolitane: {result.Province}; prefetture: {result.Prefetture}.");
            if (result.Merged > 0)
            {
                env.Out.WriteLine($"Comuni accorpati ad altri: {result.Merged} (i loro adempimenti sono conservati e segnalati).");
            }

            if (result.NotInFile.Count > 0)
            {
                env.Out.WriteLine($"Attenzione: {result.NotInFile.Count} comuni già presenti non sono nel file e restano invariati: " +
                    string.Join(", ", result.NotInFile.Take(10)) + (result.NotInFile.Count > 10 ? ", …" : "."));
            }

            return ExitCodes.Success;
        }));

        var code = new Argument<string?>("CODE") { Description = "Codice ISTAT del comune, o sigla della provincia.", Arity = ArgumentArity.ZeroOrOne };
        var ufficio = new Option<string?>("--ufficio-elettorale") { Description = "Indirizzo email dell'ufficio elettorale (uno solo, senza nome)." };
        var segretario = new Option<string?>("--segretario") { Description = "Indirizzo email del segretario comunale (uno solo, senza nome)." };
        var prefettura = new Option<string?>("--prefettura") { Description = "Indirizzo email della prefettura competente (uno solo, senza nome)." };
        var verifica = new Option<bool>("--verifica") { Description = "Elenca gli indirizzi già registrati che non sono validi (enti, prefetture, utenti); esce con 1 se ne trova." };
        var contatti = new Command("contatti", "Imposta i contatti di un ente, o con --verifica controlla quelli registrati.") { code, ufficio, segretario, prefettura, verifica };
        contatti.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            if (parse.GetValue(verifica))
            {
                return await ContactsCheck.RunAsync(env, dataSource, ct);
            }

            var contacts = new EnteContacts(parse.GetValue(ufficio), parse.GetValue(segretario), parse.GetValue(prefettura));
            var ente = await EntiContacts.SetAsync(dataSource, parse.GetValue(code) ?? throw new InvalidInputException("Indicare il codice dell'ente (o --verifica)."), contacts, ct);
            env.Out.WriteLine($"Contatti aggiornati per {ente}.");
            return ExitCodes.Success;
        }));

        return new Command("enti", "Comuni, province e prefetture.") { import, contatti };
    }
}
