using System.CommandLine;
using System.Text.Json;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>
/// <c>secondo-grado presidente candidatura|ammissione|scrutinio|proclamazione|verbale</c>: the election of the
/// presidente della provincia in the same office, with the options of the council's verbs.
/// </summary>
internal static partial class UfficioCommands
{
    private static Command Presidente(CliEnvironment env) =>
        new("presidente", "Elezione del presidente della provincia (L. 56/2014, commi 58-61): candidature, ammissione, scrutinio, proclamazione.")
        {
            CandidaturaPresidente(env), AmmissionePresidente(env), ScrutinioPresidente(env), ProclamazionePresidente(env), VerbalePresidente(env),
        };

    private static Command CandidaturaPresidente(CliEnvironment env)
    {
        var u = new Ufficio();
        var input = new Option<string>("--input") { Description = "File JSON della candidatura (sindaco, scadenza del mandato, sottoscrizioni).", Required = true };
        var command = u.Add(new Command("candidatura", "Registra una candidatura a presidente della provincia, con le sottoscrizioni.") { input });
        command.SetAction((parse, ct) =>
        {
            var candidatura = UfficioInput.LeggiCandidaturaPresidente(parse.GetValue(input)!);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var r = await service.AddCandidaturaPresidente.HandleAsync(new(info.Id, candidatura, parse.GetValue(u.By)!), ct);
                env.Out.WriteLine($"Candidatura a presidente di {r.Nome} ({r.Comune}) registrata (n. {r.Id}): {r.Sottoscrizioni} sottoscrizioni.");
                if (!r.SindacoInCarica)
                {
                    env.Out.WriteLine($"Attenzione: {r.Nome} non corrisponde ad alcun sindaco in carica del corpo elettorale.");
                }

                if (r.SottoscrittoriNonElettori > 0)
                {
                    env.Out.WriteLine($"Attenzione: {r.SottoscrittoriNonElettori} sottoscrittori non corrispondono ad alcun avente diritto.");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command AmmissionePresidente(CliEnvironment env)
    {
        var u = new Ufficio();
        var format = Formato("text", "Formato: text o json.");
        var command = u.Add(new Command("ammissione", "Esamina le candidature a presidente e stampa l'esito.") { format });
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "text", "json");
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var r = await service.ExamineCandidaturePresidente.HandleAsync(new(info.Id, parse.GetValue(u.By)!), ct);
                if (formato == "json")
                {
                    env.Out.WriteLine(JsonSerializer.Serialize(r, JsonSecondoGrado.Options));
                    return ExitCodes.Success;
                }

                env.Out.WriteLine($"Esame delle candidature a presidente — {info.Denominazione}: {r.AventiDiritto} aventi diritto, minimo {r.MinimoSottoscrizioni} sottoscrizioni, " +
                    $"termine di presentazione {DateItaliane.Testo(r.Termine)}.");
                foreach (var c in r.Candidature)
                {
                    env.Out.WriteLine();
                    env.Out.WriteLine($"{c.Candidato} ({c.Comune}): {(c.Ammessa ? "AMMESSA" : "RICUSATA")}");
                    env.Out.WriteLine($"  mandato di sindaco fino al {DateItaliane.Testo(c.FineMandato)}; sottoscrizioni valide {c.SottoscrizioniValide} (minimo {c.MinimoSottoscrizioni})");
                    foreach (var m in c.MotiviRicusazione)
                    {
                        env.Out.WriteLine($"  motivo di ricusazione: {m}");
                    }

                    foreach (var f in c.SottoscrizioniNulle)
                    {
                        env.Out.WriteLine($"  sottoscrizione nulla: {f.Nome}, autenticata il {DateItaliane.Testo(f.Autenticata)} — {f.Motivo}");
                    }
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command ScrutinioPresidente(CliEnvironment env)
    {
        var u = new Ufficio();
        var input = new Option<string>("--input") { Description = "File JSON con la tabellina di una fascia, o una lista di fasce (voti per nome del candidato).", Required = true };
        var command = u.Add(new Command("scrutinio", "Registra lo scrutinio della scheda per il presidente per fascia, con i controlli di coerenza.") { input });
        command.SetAction((parse, ct) =>
        {
            var fasce = UfficioInput.LeggiScrutinioPresidente(parse.GetValue(input)!);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var r = await service.RecordScrutinioPresidente.HandleAsync(new(info.Id, fasce, parse.GetValue(u.By)!), ct);
                env.Out.WriteLine($"Scrutinio per il presidente registrato: fasce {string.Join(", ", fasce.Select(f => f.Fascia))}.");
                env.Out.WriteLine(r.FasceMancanti.Count == 0
                    ? "Tutte le fasce sono scrutinate: si può procedere alla proclamazione del presidente."
                    : $"Fasce ancora da scrutinare: {string.Join(", ", r.FasceMancanti)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command ProclamazionePresidente(CliEnvironment env)
    {
        var u = new Ufficio();
        var sorteggio = new Option<string>("--sorteggio") { Description = "Esito di un sorteggio già svolto: nomi dei candidati in ordine, separati da virgola." };
        var command = u.Add(new Command("proclamazione", "Ricalcola gli indici, calcola le cifre ponderate, proclama il presidente e redige il verbale.") { sorteggio });
        command.SetAction((parse, ct) =>
        {
            var ordine = parse.GetValue(sorteggio)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var p = await service.ProclaimPresidente.HandleAsync(new(info.Id, parse.GetValue(u.By)!, ordine), ct);
                env.Out.WriteLine($"Indici di ponderazione: {string.Join(", ", p.Ponderazione.Fasce.Select(f => $"{f.Fascia} {f.Indice.ToString("N0", It)}"))}.");
                foreach (var c in p.Risultato.Candidati.OrderByDescending(c => c.CifraPonderata))
                {
                    env.Out.WriteLine($"  {c.Candidato.Candidato.Nome}: {string.Join(" + ", c.PerFascia.Select(v => $"{v.Fascia} {v.Voti} × {v.Indice.ToString("N0", It)}"))} = {c.CifraPonderata.ToString("N0", It)}");
                }

                env.Out.WriteLine($"Eletto presidente della {info.Denominazione}: {p.Risultato.Eletto.Candidato.Nome} ({p.Risultato.Criterio}).");
                env.Out.WriteLine("Verbale di proclamazione redatto: secondo-grado presidente verbale --format html|text.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command VerbalePresidente(CliEnvironment env)
    {
        var u = new Ufficio();
        var format = Formato("text", "Formato: html (stampabile) o text.");
        var command = u.Add(new Command("verbale", "Stampa il verbale di proclamazione del presidente, come redatto.") { format });
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "html", "text") == "html" ? FormatoVerbale.Html : FormatoVerbale.Testo;
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                env.Out.Write(await service.GetVerbalePresidente.HandleAsync(new(info.Id, formato), ct));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
