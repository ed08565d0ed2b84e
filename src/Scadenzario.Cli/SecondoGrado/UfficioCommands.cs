using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Scadenzario.Calendars.Time;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni;
using Scadenzario.Documenti.Verbali;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>
/// The office's commands on the database: <c>apri</c>, <c>elettorato attestazione|variazione|stato|pubblica</c>,
/// <c>liste aggiungi</c>, <c>ammissione</c>, <c>scrutinio</c>, <c>proclamazione</c>, <c>verbale</c>,
/// <c>osservatorio</c>. The office is named by tornata and ente (sigla). Files and options are checked
/// before the database is opened; a refusal exits with code 2 and the reason, nothing written.
/// </summary>
internal static partial class UfficioCommands
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<Command> Create(CliEnvironment env)
    {
        yield return Apri(env);
        yield return Elettorato(env);
        yield return new Command("liste", "Liste dei candidati.") { AggiungiLista(env) };
        yield return Ammissione(env);
        yield return Scrutinio(env);
        yield return ProclamazioneEletti(env);
        yield return Verbale(env);
        yield return Osservatorio(env);
        yield return Presidente(env);
    }

    private sealed class Ufficio
    {
        public Option<string> Tornata { get; } = new("--tornata") { Description = "Identificativo della tornata.", Required = true };

        public Option<string> Ente { get; } = new("--ente") { Description = "Sigla della città metropolitana o della provincia (es. GE).", Required = true };

        public Option<string> By { get; } = new("--by") { Description = "Chi esegue l'operazione (nome o ufficio).", DefaultValueFactory = _ => Environment.UserName };

        public Command Add(Command command)
        {
            command.Options.Add(Tornata);
            command.Options.Add(Ente);
            command.Options.Add(By);
            return command;
        }

        public async Task<(UfficioElettorale Service, UfficioInfo Info)> Open(CliEnvironment env, Npgsql.NpgsqlDataSource dataSource, ParseResult parse, CancellationToken ct)
        {
            var service = env.Get<UfficioElettorale>();
            return (service, await service.FindUfficio.HandleAsync(new(TornataId(parse), parse.GetValue(Ente)!.Trim().ToUpperInvariant()), ct));
        }

        public long TornataId(ParseResult parse) => InputParsing.Id(parse.GetValue(Tornata)!, "Tornata");
    }

    private static Option<string> Formato(string predefinito, string descrizione) => new("--format") { Description = descrizione, DefaultValueFactory = _ => predefinito };

    private static string Scegli(ParseResult parse, Option<string> option, params string[] ammessi) =>
        parse.GetValue(option) is { } valore && ammessi.Contains(valore)
            ? valore
            : throw new FormatException($"Formato \"{parse.GetValue(option)}\" sconosciuto: usare {string.Join(" o ", ammessi)}.");

    private static Command Apri(CliEnvironment env)
    {
        var u = new Ufficio();
        var seggi = new Option<int>("--seggi-elettorali") { Description = "Numero dei seggi elettorali (per l'osservatorio).", DefaultValueFactory = _ => 1 };
        var command = u.Add(new Command("apri", "Apre i lavori dell'ufficio elettorale: comuni del territorio e adempimenti dei segretari.") { seggi });
        command.SetAction((parse, ct) =>
        {
            var tornata = u.TornataId(parse);
            return env.WithDatabase(async dataSource =>
            {
                var service = env.Get<UfficioElettorale>();
                var aperto = await service.OpenUfficio.HandleAsync(new(tornata, parse.GetValue(u.Ente)!.Trim().ToUpperInvariant(), parse.GetValue(u.By)!, parse.GetValue(seggi)), ct);
                env.Out.WriteLine($"Ufficio elettorale della {aperto.Ufficio.Denominazione} aperto: {aperto.Comuni} comuni, {aperto.Ufficio.Seggi} consiglieri da eleggere.");
                env.Out.WriteLine($"Attestazioni dei segretari comunali dal {DateItaliane.Testo(aperto.InizioAttestazioni)} al {DateItaliane.Testo(aperto.FineAttestazioni)} " +
                    $"(corpo elettorale al {DateItaliane.Testo(aperto.Ufficio.Riferimento)}); adempimenti creati: {aperto.AdempimentiCreati}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Elettorato(CliEnvironment env)
    {
        var attestazione = new Ufficio();
        var input = new Option<string>("--input") { Description = "File JSON dell'attestazione (comune, amministratori; vedi docs/secondo-grado.md).", Required = true };
        var registra = attestazione.Add(new Command("attestazione", "Registra l'attestazione del segretario comunale e completa l'adempimento del comune.") { input });
        registra.SetAction((parse, ct) =>
        {
            var dati = UfficioInput.LeggiAttestazione(parse.GetValue(input)!);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await attestazione.Open(env, dataSource, parse, ct);
                var stato = await service.RecordAttestazione.HandleAsync(new(info.Id, dati.Comune, dati.Amministratori, dati.Commissariato, parse.GetValue(attestazione.By)!, dati.Protocollo), ct);
                env.Out.WriteLine(stato.Commissariato
                    ? $"Attestazione del comune di {stato.Name} registrata: consiglio sciolto, nessun avente diritto."
                    : $"Attestazione del comune di {stato.Name} registrata: {stato.Elettori} aventi diritto (fascia {stato.Fascia}).");
                return ExitCodes.Success;
            });
        });

        return new Command("elettorato", "Corpo elettorale: attestazioni dei segretari, variazioni, stato, pubblicazione.")
        {
            registra, Variazione(env), Stato(env), Pubblica(env), Amministratori(env),
        };
    }

    private static Command Variazione(CliEnvironment env)
    {
        var u = new Ufficio();
        var comune = new Option<string>("--comune") { Description = "Codice ISTAT o nome del comune.", Required = true };
        var giorno = new Option<string>("--giorno") { Description = "Giorno della variazione (AAAA-MM-GG).", Required = true };
        var tipo = new Option<string>("--tipo") { Description = "cessazione, subentro o commissariamento.", Required = true };
        var motivo = new Option<string>("--motivo") { Description = "Motivo (es. dimissioni, delibera di surroga n. …).", Required = true };
        var amministratore = new Option<string>("--amministratore") { Description = "Per una cessazione: l'identificativo dell'amministratore (elettorato amministratori)." };
        var nome = new Option<string>("--nome") { Description = "Per un subentro: nome e cognome del consigliere subentrante." };
        var sesso = new Option<string>("--sesso") { Description = "Per un subentro: M o F." };
        var nascita = new Option<string>("--nascita") { Description = "Per un subentro: data di nascita (AAAA-MM-GG)." };
        var command = u.Add(new Command("variazione", "Registra una variazione del corpo elettorale, fino al giorno precedente la votazione.")
        {
            comune, giorno, tipo, motivo, amministratore, nome, sesso, nascita,
        });
        command.SetAction((parse, ct) =>
        {
            var variazione = LeggiVariazione(parse, comune, giorno, tipo, motivo, amministratore, nome, sesso, nascita);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var id = (await service.RecordVariazione.HandleAsync(new(info.Id, variazione, parse.GetValue(u.By)!), ct)).Id;
                env.Out.WriteLine($"Variazione {id} registrata ({variazione.Tipo.ToString().ToLowerInvariant()} del {DateItaliane.Testo(variazione.Giorno)}).");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static VariazioneInput LeggiVariazione(
        ParseResult parse, Option<string> comune, Option<string> giorno, Option<string> tipo, Option<string> motivo,
        Option<string> amministratore, Option<string> nome, Option<string> sesso, Option<string> nascita)
    {
        var day = InputParsing.Date(parse.GetValue(giorno)!, "--giorno");
        var kind = parse.GetValue(tipo) switch
        {
            "cessazione" => TipoVariazione.Cessazione,
            "subentro" => TipoVariazione.Subentro,
            "commissariamento" => TipoVariazione.Commissariamento,
            var t => throw new FormatException($"--tipo: \"{t}\" non valido (cessazione, subentro o commissariamento)."),
        };
        long? id = kind == TipoVariazione.Cessazione
            ? InputParsing.Id(parse.GetValue(amministratore) ?? throw new FormatException("Per una cessazione indicare --amministratore."), "Amministratore")
            : null;
        AmministratoreInput? subentrante = null;
        if (kind == TipoVariazione.Subentro)
        {
            var s = parse.GetValue(sesso) switch
            {
                "M" => Elezioni.Sesso.M,
                "F" => Elezioni.Sesso.F,
                _ => throw new FormatException("Per un subentro indicare --sesso M o F."),
            };
            subentrante = new AmministratoreInput(
                parse.GetValue(nome) is { Length: > 0 } n ? n : throw new FormatException("Per un subentro indicare --nome."),
                s, InputParsing.Date(parse.GetValue(nascita) ?? throw new FormatException("Per un subentro indicare --nascita."), "--nascita"), Cariche.Consigliere);
        }

        return new VariazioneInput(parse.GetValue(comune)!, day, kind, parse.GetValue(motivo)!, id, subentrante);
    }

    private static Command Stato(CliEnvironment env)
    {
        var u = new Ufficio();
        var format = Formato("text", "Formato: text o json.");
        var command = u.Add(new Command("stato", "Mostra quali comuni hanno inviato l'attestazione e gli aventi diritto di ciascuno.") { format });
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "text", "json");
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var stato = await service.GetStatoElettorato.HandleAsync(new(info.Id), ct);
                if (formato == "json")
                {
                    env.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        ente = info.EnteCode,
                        attestati = stato.Attestati,
                        mancanti = stato.Mancanti.Count(),
                        elettori = stato.Elettori,
                        comuni = stato.Comuni.Select(c => new
                        {
                            codice = c.Code, nome = c.Name, popolazione = c.Popolazione, fascia = c.Fascia.ToString(), attestato = c.Attestato,
                            commissariato = c.Commissariato, elettori = c.Elettori, elettoriStimati = c.ElettoriStimati, adempimento = c.StatoAdempimento,
                            scadenza = c.Scadenza?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), variazioni = c.Variazioni,
                        }),
                    }, Json));
                }
                else
                {
                    env.Out.WriteLine($"{info.Denominazione}: attestazioni ricevute {stato.Attestati} su {stato.Comuni.Count}; aventi diritto attestati {stato.Elettori}.");
                    foreach (var c in stato.Comuni)
                    {
                        var esito = c.Attestato
                            ? c.Commissariato ? "commissariato" : $"attestati {c.Elettori}" + (c.Variazioni > 0 ? $", {c.Variazioni} variazioni" : "")
                            : $"MANCANTE (stima {c.ElettoriStimati}; scadenza {(c.Scadenza is { } s ? DateItaliane.Testo(s.Date) : "—")})";
                        env.Out.WriteLine($"  {c.Code} {c.Name,-32} fascia {c.Fascia}  {esito}");
                    }
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Amministratori(CliEnvironment env)
    {
        var u = new Ufficio();
        var comune = new Option<string>("--comune") { Description = "Codice ISTAT o nome del comune.", Required = true };
        var command = u.Add(new Command("amministratori", "Elenca gli amministratori in carica di un comune, con l'identificativo per le variazioni.") { comune });
        command.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var (service, info) = await u.Open(env, dataSource, parse, ct);
            foreach (var a in await service.ListAmministratori.HandleAsync(new(info.Id, parse.GetValue(comune)!), ct))
            {
                env.Out.WriteLine($"{a.Id}\t{a.Carica}\t{a.Nome}\t{a.Sesso}\t{(a.Sesso == Sesso.F ? "nata" : "nato")} il {ItalianDates.DayAndMonth(a.DataNascita)} {a.DataNascita.Year}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Pubblica(CliEnvironment env)
    {
        var u = new Ufficio();
        var stima = new Option<bool>("--stima-mancanti") { Description = "Conta i comuni senza attestazione con il consiglio completo, indicandoli." };
        var format = Formato("text", "Formato: text o json.");
        var command = u.Add(new Command("pubblica", "Pubblica il corpo elettorale al 35° giorno: aventi diritto per fascia, indici, sottoscrizioni minime.") { stima, format });
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "text", "json");
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var p = await service.PublishElettorato.HandleAsync(new(info.Id, parse.GetValue(u.By)!, parse.GetValue(stima)), ct);
                if (formato == "json")
                {
                    var indice = new StringWriter();
                    indice.Write(IndiceOutput.Json(p.Ponderazione));
                    using var fasce = JsonDocument.Parse(indice.ToString());
                    env.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        riferimento = p.Riferimento.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        elettori = p.Elettori, popolazione = p.Popolazione, seggi = p.Seggi,
                        minimoFirmeLista = p.MinimoFirmeLista, minimoFirmePresidente = p.MinimoFirmePresidente,
                        comuniStimati = p.ComuniStimati, fasce = fasce.RootElement.GetProperty("fasce"),
                    }, Json));
                }
                else
                {
                    env.Out.WriteLine($"Corpo elettorale della {info.Denominazione} al {DateItaliane.Testo(p.Riferimento)}: {p.Elettori} aventi diritto, popolazione {p.Popolazione.ToString("N0", It)}.");
                    env.Out.WriteLine($"Sottoscrizioni minime: {p.MinimoFirmeLista} per una lista, {p.MinimoFirmePresidente} per una candidatura a presidente.");
                    if (p.ComuniStimati.Count > 0)
                    {
                        env.Out.WriteLine($"Comuni senza attestazione, contati per stima: {string.Join(", ", p.ComuniStimati)}.");
                    }

                    IndiceOutput.Text(p.Ponderazione, env.Out);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command AggiungiLista(CliEnvironment env)
    {
        var u = new Ufficio();
        var input = new Option<string>("--input") { Description = "File JSON della lista (nome, candidati, sottoscrizioni).", Required = true };
        var command = u.Add(new Command("aggiungi", "Registra una lista presentata, con candidati e sottoscrizioni.") { input });
        command.SetAction((parse, ct) =>
        {
            var lista = UfficioInput.LeggiLista(parse.GetValue(input)!);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var r = await service.AddLista.HandleAsync(new(info.Id, lista, parse.GetValue(u.By)!), ct);
                env.Out.WriteLine($"Lista \"{r.Nome}\" registrata (n. {r.Id}): {r.Candidati} candidati, {r.Sottoscrizioni} sottoscrizioni.");
                if (r.CandidatiNonElettori + r.SottoscrittoriNonElettori > 0)
                {
                    env.Out.WriteLine($"Attenzione: {r.CandidatiNonElettori} candidati e {r.SottoscrittoriNonElettori} sottoscrittori non corrispondono ad alcun avente diritto.");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Ammissione(CliEnvironment env)
    {
        var u = new Ufficio();
        var format = Formato("text", "Formato: text o json.");
        var command = u.Add(new Command("ammissione", "Esamina le liste registrate e stampa il verbale di ammissione.") { format });
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "text", "json");
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var r = await service.ExamineListe.HandleAsync(new(info.Id, parse.GetValue(u.By)!), ct);
                if (formato == "json")
                {
                    env.Out.WriteLine(JsonSerializer.Serialize(r, JsonSecondoGrado.Options));
                    return ExitCodes.Success;
                }

                env.Out.WriteLine($"Esame delle liste — {info.Denominazione}: {r.Seggi} seggi, {r.Elettori} aventi diritto, termine di presentazione {DateItaliane.Testo(r.Termine)}.");
                foreach (var l in r.Liste)
                {
                    env.Out.WriteLine();
                    env.Out.WriteLine($"Lista \"{l.Lista}\": {(l.Ammessa ? "AMMESSA" : "RICUSATA")}");
                    env.Out.WriteLine($"  candidati ammessi {l.CandidatiAmmessi.Count} (minimo {l.MinimoCandidati}); sottoscrizioni valide {l.SottoscrizioniValide} (minimo {l.MinimoSottoscrizioni})");
                    foreach (var m in l.MotiviRicusazione)
                    {
                        env.Out.WriteLine($"  motivo di ricusazione: {m}");
                    }

                    foreach (var c in l.CandidatureRicusate)
                    {
                        env.Out.WriteLine($"  candidatura ricusata: {c.Nome} — {c.Motivo}");
                    }

                    foreach (var f in l.SottoscrizioniNulle)
                    {
                        env.Out.WriteLine($"  sottoscrizione nulla: {f.Nome}, autenticata il {DateItaliane.Testo(f.Autenticata)} — {f.Motivo}");
                    }
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Scrutinio(CliEnvironment env)
    {
        var u = new Ufficio();
        var input = new Option<string>("--input") { Description = "File JSON con la tabellina di una fascia, o una lista di fasce.", Required = true };
        var command = u.Add(new Command("scrutinio", "Registra lo scrutinio per fascia demografica, con i controlli di coerenza.") { input });
        command.SetAction((parse, ct) =>
        {
            var fasce = UfficioInput.LeggiScrutinio(parse.GetValue(input)!);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var registrati = await service.RecordScrutinio.HandleAsync(new(info.Id, fasce, parse.GetValue(u.By)!), ct);
                foreach (var registrato in registrati)
                {
                    env.Out.WriteLine($"Scrutinio della fascia {registrato.Fascia} registrato (versione {registrato.Versione}).");
                }

                var ultimo = registrati[^1];
                env.Out.WriteLine(ultimo.FasceMancanti.Count == 0
                    ? "Tutte le fasce sono scrutinate: si può procedere alla proclamazione."
                    : $"Fasce ancora da scrutinare: {string.Join(", ", ultimo.FasceMancanti)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command ProclamazioneEletti(CliEnvironment env)
    {
        var u = new Ufficio();
        var sorteggio = new Option<string>("--sorteggio") { Description = "Esito di un sorteggio già svolto: nomi di liste o candidati in ordine, separati da virgola." };
        var command = u.Add(new Command("proclamazione", "Ricalcola gli indici, assegna i seggi, proclama gli eletti e redige il verbale.") { sorteggio });
        command.SetAction((parse, ct) =>
        {
            var ordine = parse.GetValue(sorteggio)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                var p = await service.ProclaimEletti.HandleAsync(new(info.Id, parse.GetValue(u.By)!, ordine), ct);
                ProclamaOutput.Text(p.Risultato, env.Out);
                env.Out.WriteLine();
                env.Out.WriteLine("Verbale di proclamazione redatto: secondo-grado verbale --format html|text.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Verbale(CliEnvironment env)
    {
        var u = new Ufficio();
        var format = Formato("text", "Formato: html (stampabile) o text.");
        var command = u.Add(new Command("verbale", "Stampa il verbale di proclamazione, come redatto.") { format });
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "html", "text") == "html" ? FormatoVerbale.Html : FormatoVerbale.Testo;
            return env.WithDatabase(async dataSource =>
            {
                var (service, info) = await u.Open(env, dataSource, parse, ct);
                env.Out.Write(await service.GetVerbale.HandleAsync(new(info.Id, formato), ct));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Osservatorio(CliEnvironment env)
    {
        var tornata = new Option<string>("--tornata") { Description = "Identificativo della tornata (tutte, se omesso)." };
        var format = Formato("csv", "Formato: csv o json.");
        var command = new Command("osservatorio", "Dati dell'osservatorio per provincia e nazionali (consiglieri, aventi diritto, seggi, liste, candidati, affluenza, eletti).")
        {
            tornata, format,
        };
        command.SetAction((parse, ct) =>
        {
            var formato = Scegli(parse, format, "csv", "json");
            long? id = parse.GetValue(tornata) is { } t ? InputParsing.Id(t, "Tornata") : null;
            return env.WithDatabase(async dataSource =>
            {
                var service = env.Get<UfficioElettorale>();
                var dati = await service.GetOsservatorio.HandleAsync(new(id), ct);
                env.Out.Write(formato == "csv" ? OsservatorioExport.Csv(dati) : OsservatorioExport.Json(dati));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
