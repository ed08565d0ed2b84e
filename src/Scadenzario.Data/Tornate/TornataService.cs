using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Tornate;

/// <summary>
/// Tornate and what moves their adempimenti: a consultation added for some enti, an event an
/// office records, a change of the voting days. Each call is one transaction: either every
/// adempimento is in step with the engine, or nothing changed.
/// </summary>
public sealed class TornataService(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock)
{
    public Task<long> CreateAsync(string name, IReadOnlyList<LocalDate> votingDays, CancellationToken cancellationToken = default) =>
        CreateAsync(name, votingDays, TornataParameters.None, VotingLevel.Direct, cancellationToken);

    /// <inheritdoc cref="CreateAsync(string, IReadOnlyList{LocalDate}, IReadOnlyDictionary{string, string}, VotingLevel, CancellationToken)"/>
    public Task<long> CreateAsync(string name, IReadOnlyList<LocalDate> votingDays, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default) =>
        CreateAsync(name, votingDays, parameters, VotingLevel.Direct, cancellationToken);

    /// <summary>
    /// Creates a tornata with the parameters its decree sets (voting hours, …); those not given keep
    /// the law's default. Its days must be those <paramref name="level"/> allows (<see cref="VotingDaysPolicy"/>):
    /// a Sunday, Saturday and Sunday or Sunday and Monday for a direct election, one day for a second-level one.
    /// </summary>
    public async Task<long> CreateAsync(
        string name, IReadOnlyList<LocalDate> votingDays, IReadOnlyDictionary<string, string> parameters, VotingLevel level, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidInputException("Indicare il nome della tornata.");
        }

        InputLimits.Check(name.Trim(), InputLimits.NomeTornata);

        ValidateVotingDays(votingDays, level, "I giorni della votazione");
        ValidateParameters(parameters, votingDays);
        await using var db = ScadenzarioDb.Create(dataSource);
        var tornata = new Tornata { Name = name.Trim(), VotingDays = [.. votingDays], Parameters = TornataParameters.Of(parameters), CreatedAt = clock.GetCurrentInstant() };
        db.Tornate.Add(tornata);
        await db.SaveChangesAsync(cancellationToken);
        return tornata.Id;
    }

    /// <summary>Adds <paramref name="consultation"/> for the selected enti and creates their adempimenti.</summary>
    public async Task<SyncResult> AddConsultationAsync(long tornataId, string consultation, EntiSelection selection, string actor, CancellationToken cancellationToken = default)
    {
        if (!ConsultationTypes.TryParse(consultation, out var type) || type is ConsultationType.Comune or ConsultationType.Ballottaggio)
        {
            throw new InvalidInputException($"Consultazione \"{consultation}\" non prevista: ammesse europee, comunali, referendum, politiche, regionali, metropolitane, provinciali.");
        }

        var region = RegionOf(type, selection);

        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tornata = await FindTornata(db, tornataId, cancellationToken);
        if (VotingDaysPolicy.ConsultationProblem(type, tornata.VotingDays) is { } wrongDays)
        {
            throw new RefusedByRuleException(wrongDays);
        }

        var codes = await SelectEnti(db, type, selection, region, cancellationToken);

        var existing = await db.TornataEnti.Where(t => t.TornataId == tornataId && codes.Contains(t.EnteCode)).ToDictionaryAsync(t => t.EnteCode, cancellationToken);
        RefuseUnlawfulCombination(type, tornata, existing.Values);
        foreach (var code in codes)
        {
            if (existing.TryGetValue(code, out var row))
            {
                if (!row.Consultations.Contains(type))
                {
                    row.Consultations = [.. row.Consultations, type];
                }
            }
            else
            {
                db.TornataEnti.Add(new TornataEnte { TornataId = tornataId, EnteCode = code, Consultations = [type] });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = await AdempimentiSynchronizer.SynchronizeAsync(
            Connection(db), calendars, tornata, codes, actor, $"aggiunta la consultazione: {type.Label()}", clock.GetCurrentInstant(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Records an event for an ente ("liste-ammesse", "proclamazione", "ballottaggio-necessario", …)
    /// and dates what waited for it. The day must be inside the event's window (index.yaml); an
    /// event already recorded on another day is refused: <see cref="CorrectEventAsync"/> changes it.
    /// </summary>
    /// <remarks><paramref name="advice"/>: how the refusal of an event already recorded says to correct it (the page's button or the command's option).</remarks>
    public Task<SyncResult> RecordEventAsync(
        long tornataId, string enteCode, string eventName, LocalDate day, string actor, VotingDaysAdvice advice = VotingDaysAdvice.Form, CancellationToken cancellationToken = default) =>
        SaveEventAsync(tornataId, enteCode, eventName, day, correctionReason: null, actor, advice, cancellationToken);

    /// <summary>
    /// Corrects the day of an event recorded wrongly: the previous day is kept in the event's
    /// history with <paramref name="reason"/>, and the acts anchored to it move as in a postponement
    /// (each move logged, the offices told by the notices job).
    /// </summary>
    public Task<SyncResult> CorrectEventAsync(long tornataId, string enteCode, string eventName, LocalDate day, string reason, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("Indicare il motivo della correzione (es. «data trascritta per errore, vedi verbale n. 12»).");
        }

        InputLimits.Check(reason.Trim(), InputLimits.Motivo);

        return SaveEventAsync(tornataId, enteCode, eventName, day, reason.Trim(), actor, VotingDaysAdvice.Form, cancellationToken);
    }

    private async Task<SyncResult> SaveEventAsync(
        long tornataId, string enteCode, string eventName, LocalDate day, string? correctionReason, string actor, VotingDaysAdvice advice, CancellationToken cancellationToken)
    {
        InputLimits.Check(actor, InputLimits.Autore);
        if (string.IsNullOrWhiteSpace(eventName))
        {
            throw new InvalidInputException($"Indicare l'evento. Eventi previsti: {string.Join(", ", calendars.EventDefinitions.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (!calendars.EventDefinitions.TryGetValue(eventName, out var definition))
        {
            throw new InvalidInputException(
                $"Evento sconosciuto \"{eventName}\". Eventi previsti: {string.Join(", ", calendars.EventDefinitions.Keys.Order(StringComparer.Ordinal))}.");
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tornata = await FindTornata(db, tornataId, cancellationToken);
        var participant = await db.TornataEnti.SingleOrDefaultAsync(t => t.TornataId == tornataId && t.EnteCode == enteCode, cancellationToken)
            ?? throw new NotFoundException($"L'ente {enteCode} non partecipa alla tornata {tornataId}.");
        if (day > Today().PlusDays(1))
        {
            throw new RefusedByRuleException($"Un evento non può essere registrato con una data futura ({ItalianDates.Long(day)}).");
        }

        var votingDays = VotingDaysOf(tornata);
        var ballottaggioDays = tornata.BallottaggioDay is { } ballottaggioDay ? votingDays.WithSameLengthFrom(ballottaggioDay) : votingDays.SecondSundayAfter();
        if (calendars.EventDayProblem(eventName, day, votingDays, ballottaggioDays) is { } outside)
        {
            throw new RefusedByRuleException(outside);
        }

        var typed = day;
        if (WorkflowEvents.IsWorkflowEvent(eventName))
        {
            if (!participant.Consultations.Contains(ConsultationType.Comunali))
            {
                throw new RefusedByRuleException($"Il ballottaggio riguarda le elezioni comunali: l'ente {enteCode} non vi partecipa in questa tornata.");
            }

            if (correctionReason is not null)
            {
                throw new RefusedByRuleException($"«{definition.Label}» non ha un giorno da correggere: il giorno del ballottaggio è quello fissato dalla legge.");
            }

            var opposite = eventName == WorkflowEvents.BallottaggioNecessario ? WorkflowEvents.NessunBallottaggio : WorkflowEvents.BallottaggioNecessario;
            if (await db.EnteEvents.AnyAsync(e => e.TornataId == tornataId && e.EnteCode == enteCode && e.Event == opposite, cancellationToken))
            {
                throw new ConflictException($"È già registrato \"{WorkflowEvents.Label(opposite)}\" per l'ente {enteCode}.");
            }

            if (eventName == WorkflowEvents.BallottaggioNecessario)
            {
                // The event's day is the ballottaggio's: by law the second Sunday after the first round.
                day = ballottaggioDays.First;
            }
        }

        var now = clock.GetCurrentInstant();
        var existing = await db.EnteEvents.FindAsync([tornataId, enteCode, eventName], cancellationToken);
        LocalDate? previous = existing?.Day;
        string reason;
        if (correctionReason is null)
        {
            if (existing is not null && existing.Day != day)
            {
                throw new ConflictException(
                    $"«{definition.Label}» è già registrato per l'ente {enteCode} con il giorno {ItalianDates.Long(existing.Day)}: " +
                    advice switch
                    {
                        VotingDaysAdvice.CommandLine => "per cambiarlo correggerlo indicando il motivo (--correggi --reason \"…\").",
                        VotingDaysAdvice.Api => "per cambiarlo inviare di nuovo l'evento con \"correggi\": true e il \"motivo\" della correzione.",
                        _ => "per cambiarlo usare «Correggi» nella pagina degli eventi, indicando il motivo.",
                    });
            }

            reason = $"evento «{definition.Label}», {ItalianDates.Long(typed)}";
        }
        else
        {
            if (existing is null)
            {
                throw new ConflictException($"«{definition.Label}» non è ancora registrato per l'ente {enteCode}: registrarlo, senza correzione.");
            }

            if (existing.Day == day)
            {
                throw new ConflictException($"«{definition.Label}» è già registrato con il giorno {ItalianDates.Long(day)}: nulla da correggere.");
            }

            reason = $"correzione dell'evento «{definition.Label}»: da {ItalianDates.Long(existing.Day)} a {ItalianDates.Long(day)} ({correctionReason})";
        }

        if (existing is not null)
        {
            existing.Day = day;
            existing.RecordedAt = now;
            existing.RecordedBy = actor;
        }
        else
        {
            db.EnteEvents.Add(new EnteEvent { TornataId = tornataId, EnteCode = enteCode, Event = eventName, Day = day, RecordedAt = now, RecordedBy = actor });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (previous != day)
        {
            await EventHistory.AppendAsync(Connection(db), tornataId, enteCode, eventName, now, actor, previous, day, correctionReason, cancellationToken);
        }

        var result = await AdempimentiSynchronizer.SynchronizeAsync(
            Connection(db), calendars, tornata, [enteCode], actor, reason, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// What <see cref="PostponeAsync"/> would move, ente by ente, without writing anything. The new
    /// days obey the same rules as a new tornata's, for the consultations the tornata holds.
    /// </summary>
    public Task<TornataChanges> PreviewPostponeAsync(long tornataId, IReadOnlyList<LocalDate> votingDays, CancellationToken cancellationToken = default) =>
        PreviewPostponeAsync(tornataId, votingDays, VotingDaysAdvice.CommandLine, cancellationToken);

    /// <inheritdoc cref="PreviewPostponeAsync(long, IReadOnlyList{LocalDate}, CancellationToken)"/>
    /// <param name="advice">Whether a refusal tells what to type on the command line or in the web's form.</param>
    public async Task<TornataChanges> PreviewPostponeAsync(long tornataId, IReadOnlyList<LocalDate> votingDays, VotingDaysAdvice advice, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tornata = await PreparePostponeAsync(db, tornataId, votingDays, advice, cancellationToken);
        // Derived from the new days in memory only; the transaction is rolled back.
        var preview = await AdempimentiSynchronizer.PreviewAsync(Connection(db), calendars, tornata, null, cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return preview;
    }

    /// <summary>
    /// Moves the voting days: every due date is recomputed, completions are kept, each move is
    /// logged and the offices are told by the notices job. Show <see cref="PreviewPostponeAsync"/> first.
    /// </summary>
    public Task<SyncResult> PostponeAsync(long tornataId, IReadOnlyList<LocalDate> votingDays, string reason, string actor, CancellationToken cancellationToken = default) =>
        PostponeAsync(tornataId, votingDays, reason, actor, VotingDaysAdvice.CommandLine, cancellationToken);

    /// <inheritdoc cref="PostponeAsync(long, IReadOnlyList{LocalDate}, string, string, CancellationToken)"/>
    /// <param name="advice">Whether a refusal tells what to type on the command line or in the web's form.</param>
    public async Task<SyncResult> PostponeAsync(
        long tornataId, IReadOnlyList<LocalDate> votingDays, string reason, string actor, VotingDaysAdvice advice, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidInputException("Indicare il motivo del rinvio (es. il decreto che lo dispone).");
        }

        InputLimits.Check(reason.Trim(), InputLimits.Motivo);
        InputLimits.Check(actor, InputLimits.Autore);

        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tornata = await PreparePostponeAsync(db, tornataId, votingDays, advice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Every act of the tornata, the comuni's acts of a second-level office included, moves here.
        var result = await AdempimentiSynchronizer.SynchronizeAsync(
            Connection(db), calendars, tornata, null, actor, $"rinvio: {reason.Trim()}", clock.GetCurrentInstant(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The tornata with the new days set (not saved), after every check of a postponement.</summary>
    private async Task<Tornata> PreparePostponeAsync(
        ScadenzarioDb db, long tornataId, IReadOnlyList<LocalDate> votingDays, VotingDaysAdvice advice, CancellationToken cancellationToken)
    {
        var tornata = await FindTornata(db, tornataId, cancellationToken);
        var held = (await db.TornataEnti.Where(t => t.TornataId == tornataId).Select(t => t.Consultations).ToListAsync(cancellationToken))
            .SelectMany(c => c).Distinct().ToList();
        var level = VotingDaysPolicy.LevelOf(held);
        if (level is null && VotingDaysPolicy.Problem(votingDays, VotingLevel.SecondLevel, Today(), "I nuovi giorni della votazione") is null)
        {
            level = VotingLevel.SecondLevel; // no consultation yet: any day some consultation may have
        }

        ValidateVotingDays(votingDays, level ?? VotingLevel.Direct, "I nuovi giorni della votazione", advice);
        if (tornata.VotingDays.SequenceEqual(votingDays))
        {
            throw new ConflictException("I giorni indicati sono già quelli della tornata.");
        }

        // A date the decree set (the start of the count) belongs to the old days: the new ones must admit it.
        ValidateParameters(tornata.Parameters, votingDays, advice == VotingDaysAdvice.CommandLine
            ? $"Riportarli prima al valore di legge (scadenzario tornata parametri {tornataId} --parametro NOME= --conferma), poi rinviare la tornata e fissarli di nuovo per i nuovi giorni."
            : "Riportarli prima al valore di legge dalla pagina «Parametri del decreto» della tornata (svuotando il campo), poi rinviare la tornata e fissarli di nuovo per i nuovi giorni.");

        tornata.VotingDays = [.. votingDays];
        tornata.BallottaggioDay = null;
        return tornata;
    }

    /// <summary>
    /// What <see cref="ChangeParametersAsync"/> would change, ente by ente, without writing anything:
    /// the tornata's parameters with <paramref name="changes"/> applied, and the moved acts.
    /// </summary>
    public Task<(IReadOnlyDictionary<string, string> Parameters, TornataChanges Changes)> PreviewParametersAsync(
        long tornataId, IReadOnlyDictionary<string, string> changes, CancellationToken cancellationToken = default) =>
        PreviewParametersAsync(tornataId, changes, VotingDaysAdvice.CommandLine, cancellationToken);

    /// <inheritdoc cref="PreviewParametersAsync(long, IReadOnlyDictionary{string, string}, CancellationToken)"/>
    /// <param name="advice">Whether a refusal tells what to type on the command line or in the web's form.</param>
    public async Task<(IReadOnlyDictionary<string, string> Parameters, TornataChanges Changes)> PreviewParametersAsync(
        long tornataId, IReadOnlyDictionary<string, string> changes, VotingDaysAdvice advice, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tornata = await FindTornata(db, tornataId, cancellationToken);
        var parameters = NewParameters(tornata, changes, advice);
        await RefuseUnlawfulCombinationsAsync(db, tornata, parameters, cancellationToken);
        // Derived from the new values in memory only; the transaction is rolled back.
        tornata.Parameters = parameters;
        var preview = await AdempimentiSynchronizer.PreviewAsync(Connection(db), calendars, tornata, null, cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return (parameters, preview);
    }

    /// <summary>
    /// Sets, changes or (with an empty value) removes parameters of the decree, then derives every
    /// adempimento again as a postponement does: completions are kept, each move is logged and the
    /// offices are told by the notices job.
    /// </summary>
    public Task<(SyncResult Result, TornataChanges Changes)> ChangeParametersAsync(
        long tornataId, IReadOnlyDictionary<string, string> changes, string actor, CancellationToken cancellationToken = default) =>
        ChangeParametersAsync(tornataId, changes, actor, VotingDaysAdvice.CommandLine, cancellationToken);

    /// <inheritdoc cref="ChangeParametersAsync(long, IReadOnlyDictionary{string, string}, string, CancellationToken)"/>
    /// <param name="advice">Whether a refusal tells what to type on the command line or in the web's form.</param>
    public async Task<(SyncResult Result, TornataChanges Changes)> ChangeParametersAsync(
        long tornataId, IReadOnlyDictionary<string, string> changes, string actor, VotingDaysAdvice advice, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tornata = await FindTornata(db, tornataId, cancellationToken);
        var parameters = NewParameters(tornata, changes, advice);
        await RefuseUnlawfulCombinationsAsync(db, tornata, parameters, cancellationToken);
        tornata.Parameters = parameters;
        await db.SaveChangesAsync(cancellationToken);
        var reason = $"parametri del decreto: {TornataParameters.Italian(calendars, parameters)}";
        var (result, described) = await AdempimentiSynchronizer.SynchronizeAndDescribeAsync(
            Connection(db), calendars, tornata, actor, reason, clock.GetCurrentInstant(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (result, described);
    }

    /// <summary>The tornata's parameters with <paramref name="changes"/> applied (an empty value removes one), validated.</summary>
    private IReadOnlyDictionary<string, string> NewParameters(Tornata tornata, IReadOnlyDictionary<string, string> changes, VotingDaysAdvice advice)
    {
        if (changes.Count == 0)
        {
            throw new InvalidInputException(advice == VotingDaysAdvice.CommandLine
                ? "Indicare almeno un parametro: --parametro NOME=VALORE (NOME= per tornare al valore di legge)."
                : "Nessun parametro è cambiato: modificare almeno un valore (un campo svuotato torna al valore di legge).");
        }

        var next = tornata.Parameters.ToDictionary(StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            if (value.Length == 0)
            {
                next.Remove(name);
            }
            else
            {
                next[name] = value;
            }
        }

        var parameters = TornataParameters.Of(next);
        ValidateParameters(parameters, tornata.VotingDays);
        if (TornataParameters.Comparer.Equals(parameters, tornata.Parameters))
        {
            // The CLI's wording repeats the values as they are typed there (an ISO date and hour); the form already shows them.
            throw new ConflictException(advice == VotingDaysAdvice.CommandLine
                ? $"I parametri indicati sono già quelli della tornata ({TornataParameters.Describe(parameters)})."
                : "I valori indicati sono già quelli della tornata: nulla da cambiare.");
        }

        return parameters;
    }

    /// <summary>Dates and hours of the decree are checked against the voting days they belong to.</summary>
    private void ValidateParameters(IReadOnlyDictionary<string, string> parameters, IReadOnlyList<LocalDate> votingDays, string? advice = null)
    {
        var days = votingDays.Count == 1 ? VotingDays.OneDay(votingDays[0]) : VotingDays.TwoDays(votingDays[0], votingDays[1]);
        var problems = calendars.ValidateParameters(parameters, days);
        if (problems.Count > 0)
        {
            throw new InvalidInputException("Parametri della tornata non validi: " + string.Join("; ", problems) + (advice is null ? "" : " " + advice));
        }
    }

    internal static VotingDays VotingDaysOf(Tornata tornata) => tornata.VotingDays;

    private LocalDate Today() => clock.GetCurrentInstant().InZone(RomeTime.Zone).Date;

    private void ValidateVotingDays(IReadOnlyList<LocalDate> days, VotingLevel level, string what, VotingDaysAdvice advice = VotingDaysAdvice.CommandLine)
    {
        if (VotingDaysPolicy.Problem(days, level, Today(), what, advice) is { } problem)
        {
            throw new RefusedByRuleException(problem);
        }
    }

    private static NpgsqlConnection Connection(ScadenzarioDb db) => (NpgsqlConnection)db.Database.GetDbConnection();

    private static async Task<Tornata> FindTornata(ScadenzarioDb db, long id, CancellationToken ct) =>
        await db.Tornate.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException($"Tornata {id} inesistente.");

    /// <summary>
    /// The region of the regionali (required, ordinary statute) as ISTAT names it; null for the other
    /// consultations, which take no region.
    /// </summary>
    private static ItalianRegion? RegionOf(ConsultationType type, EntiSelection selection)
    {
        if (type != ConsultationType.Regionali)
        {
            return selection.Regione is null
                ? null
                : throw new InvalidInputException($"--regione vale solo per le elezioni regionali: «{type.Label()}» si aggiunge per gli enti indicati da --enti, senza regione.");
        }

        if (string.IsNullOrWhiteSpace(selection.Regione))
        {
            throw new InvalidInputException("Per le elezioni regionali indicare la regione che vota: --regione NOME (es. --regione Liguria o --regione 07).");
        }

        var region = ItalianRegions.Find(selection.Regione)
            ?? throw new InvalidInputException($"Regione \"{selection.Regione}\" sconosciuta: indicare il codice ISTAT (01-20) o il nome (es. Liguria).");
        return ConsultationCombinations.RegionProblem([type], region) is { } problem ? throw new RefusedByRuleException(problem) : region;
    }

    /// <summary>New parameters (the kind of referendum) must keep every ente's consultations a combination the law allows.</summary>
    private static async Task RefuseUnlawfulCombinationsAsync(ScadenzarioDb db, Tornata tornata, IReadOnlyDictionary<string, string> parameters, CancellationToken ct) =>
        RefuseUnlawful(await db.TornataEnti.Where(t => t.TornataId == tornata.Id).Select(t => t.Consultations).Distinct().ToListAsync(ct), tornata, parameters);

    /// <summary>Every ente's consultations once this one is added must be a combination the law allows (same message as the engine's).</summary>
    private static void RefuseUnlawfulCombination(ConsultationType type, Tornata tornata, IEnumerable<TornataEnte> participants) =>
        RefuseUnlawful(participants.Select(p => p.Consultations).Append([]).Select(held => held.Append(type).Distinct().ToArray()), tornata, tornata.Parameters);

    private static void RefuseUnlawful(IEnumerable<ConsultationType[]> consultationSets, Tornata tornata, IReadOnlyDictionary<string, string> parameters)
    {
        var reference = VotingDaysOf(tornata).Reference;
        foreach (var set in consultationSets.DistinctBy(set => string.Join(',', set.Order())))
        {
            if (ConsultationCombinations.Problem(set, reference, parameters) is { } problem)
            {
                throw new RefusedByRuleException(problem);
            }
        }
    }

    private static void RefuseOutsideRegion(List<string> outside, ItalianRegion region)
    {
        if (outside.Count > 0)
        {
            throw new RefusedByRuleException(
                $"Le elezioni regionali {region.Of()} riguardano solo i comuni della regione; non lo sono: {string.Join(", ", outside.Take(10))}{(outside.Count > 10 ? $" e altri {outside.Count - 10}" : "")}. Toglierli dal file: nulla è stato scritto.");
        }
    }

    private static async Task<List<string>> SelectEnti(ScadenzarioDb db, ConsultationType type, EntiSelection selection, ItalianRegion? region, CancellationToken ct)
    {
        // Direct consultations are voted in the comuni; second-level ones are held by the province or metropolitan city.
        var secondLevel = type is ConsultationType.Metropolitane or ConsultationType.Provinciali;
        var enti = db.Enti.Where(e => e.MergedInto == null && (secondLevel ? e.Kind != EnteKinds.Comune : e.Kind == EnteKinds.Comune));
        if (type == ConsultationType.Metropolitane)
        {
            enti = enti.Where(e => e.Kind == EnteKinds.CittaMetropolitana);
        }
        else if (type == ConsultationType.Provinciali)
        {
            enti = enti.Where(e => e.Kind == EnteKinds.Provincia);
        }

        if (region is not null)
        {
            if (selection.Kind == "region" && ItalianRegions.Find(selection.Value!) is { } selected && selected != region)
            {
                throw new RefusedByRuleException($"--enti region:{selection.Value} non è la regione che vota ({region.ItalianName()}): le elezioni regionali riguardano solo i comuni {region.Of()}.");
            }

            if (selection.Kind == "province"
                && await db.Enti.Where(e => e.ProvinceCode == selection.Value && e.RegionCode != region.Code).Select(e => e.RegionCode).FirstOrDefaultAsync(ct) is { } otherCode
                && ItalianRegions.Find(otherCode) is { } other)
            {
                throw new RefusedByRuleException($"La provincia {selection.Value} è {other.In()}, non {region.In()}: le elezioni regionali riguardano solo i comuni {region.Of()}.");
            }

            enti = enti.Where(e => e.RegionCode == region.Code);
        }

        List<string> codes;
        switch (selection.Kind)
        {
            case "all":
                codes = await enti.Select(e => e.Code).ToListAsync(ct);
                break;
            case "region":
                codes = await enti.Where(e => e.RegionName == selection.Value || e.RegionCode == selection.Value).Select(e => e.Code).ToListAsync(ct);
                break;
            case "province":
                codes = await enti.Where(e => secondLevel ? e.Code == selection.Value : e.ProvinceCode == selection.Value).Select(e => e.Code).ToListAsync(ct);
                break;
            default:
                var wanted = selection.Codes.ToList();
                codes = await enti.Where(e => wanted.Contains(e.Code)).Select(e => e.Code).ToListAsync(ct);
                if (region is not null)
                {
                    RefuseOutsideRegion(await db.Enti.Where(e => wanted.Contains(e.Code) && e.RegionCode != region.Code).Select(e => e.Code + " " + e.Name).ToListAsync(ct), region);
                }

                var unknown = wanted.Except(codes).ToList();
                if (unknown.Count > 0)
                {
                    throw new NotFoundException($"Enti sconosciuti o non ammessi per questa consultazione: {string.Join(", ", unknown.Take(10))}{(unknown.Count > 10 ? $" e altri {unknown.Count - 10}" : "")}.");
                }

                break;
        }

        return codes.Count > 0
            ? codes
            : throw new InvalidInputException($"Nessun ente corrisponde alla selezione \"{selection.Kind}{(selection.Value is null ? "" : ":" + selection.Value)}\" per «{type.Label()}».");
    }
}
