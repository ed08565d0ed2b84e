using NodaTime;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Calendars.Derivation;

/// <summary>
/// Derives the deadlines of one set of facts. The rules are walked once, in an order where anchors
/// come first, so a rule anchored to another reads its already computed dates.
/// </summary>
internal sealed class CalendarDeriver
{
    private readonly CalendarSet calendars;
    private readonly Jurisdictions jurisdictions;
    private readonly int slotCount;

    public CalendarDeriver(CalendarSet calendars, Jurisdictions jurisdictions)
    {
        this.calendars = calendars;
        this.jurisdictions = jurisdictions;
        slotCount = jurisdictions.SlotById.Count;
    }

    public DerivedCalendar Derive(ElectionFacts facts)
    {
        Validate(facts);
        var (region, province) = Territory(facts);
        if (ConsultationCombinations.RegionProblem(facts.Consultations, region, facts.SpecialStatute) is { } regionProblem)
        {
            throw new InvalidFactsException(regionProblem);
        }

        var jurisdiction = jurisdictions.For(region?.Name, province);
        var parameters = facts.Parameters.Count == 0 ? null : ParseParameters(facts);
        var context = new Context(calendars, facts, region, province, parameters, slotCount, jurisdictions.SlotById);
        var rules = jurisdiction.Rules;
        var slotOf = jurisdiction.SlotOf;
        var reference = facts.VotingDays.Reference;
        var deadlines = new List<Deadline>(rules.Length);
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (context.Applies(rule) && !jurisdiction.IsShadowed(i, reference)
                && SelectVariant(rule, context.Conditions) is { } variant)
            {
                deadlines.Add(context.Compute(rule, variant, slotOf[i]));
            }
        }

        deadlines.Sort(CompareDeadlines);
        return new DerivedCalendar(
            calendars.Version,
            facts,
            facts.VotingDays,
            context.BallottaggioDays,
            context.Conditions.Population,
            deadlines)
        {
            Classification = context.Classification,
        };
    }

    /// <summary>The region (ISTAT name) and province of the facts, checked against each other where the calendars know the province.</summary>
    private (ItalianRegion? Region, string? Province) Territory(ElectionFacts facts)
    {
        ItalianRegion? region = null;
        if (facts.Region is { } regionText)
        {
            region = ItalianRegions.Find(regionText)
                ?? throw new InvalidFactsException($"Regione \"{regionText}\" sconosciuta: indicare il codice ISTAT (01-20) o il nome (es. Sicilia).");
        }

        var province = facts.Province;
        if (province is null)
        {
            return (region, null);
        }

        if (province.Length != 2 || !char.IsAsciiLetterUpper(province[0]) || !char.IsAsciiLetterUpper(province[1]))
        {
            throw new InvalidFactsException($"Provincia \"{province}\" non valida: indicare la sigla di due lettere maiuscole (es. TN).");
        }

        if (jurisdictions.RegionOfProvince(province) is { } provinceRegion)
        {
            if (region is not null && region.Name != provinceRegion)
            {
                throw new InvalidFactsException($"La provincia {province} non è nella regione {region.Name}: è in {provinceRegion}.");
            }

            region ??= ItalianRegions.Find(provinceRegion);
        }

        return (region, province);
    }

    private Dictionary<string, ParameterValue> ParseParameters(ElectionFacts facts)
    {
        var values = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (id, text) in facts.Parameters)
        {
            if (!calendars.Parameters.TryGetValue(id, out var definition))
            {
                problems.Add($"parametro sconosciuto \"{id}\"; parametri previsti: {string.Join(", ", calendars.Parameters.Keys.Order(StringComparer.Ordinal))}.");
            }
            else if (ParameterValue.Parse(definition, text, facts.VotingDays.Last, out var problem) is { } value)
            {
                values[id] = value;
            }
            else
            {
                problems.Add(problem);
            }
        }

        return problems.Count == 0
            ? values
            : throw new InvalidFactsException("Parametri della tornata non validi: " + string.Join(" ", problems));
    }

    private static RuleVariant? SelectVariant(Rule rule, in ConditionFacts conditions)
    {
        foreach (var variant in rule.VariantArray)
        {
            if (variant.When.HoldFor(conditions))
            {
                return variant;
            }
        }

        return null;
    }

    private void Validate(ElectionFacts facts)
    {
        if (facts.Population < 1)
        {
            throw new InvalidFactsException($"Popolazione non valida: {facts.Population}. Indicare un numero di abitanti di almeno 1.");
        }

        if (facts.Consultations.Count == 0)
        {
            throw new InvalidFactsException("Indicare almeno una consultazione.");
        }

        if (facts.Consultations.Contains(ConsultationType.Comune))
        {
            throw new InvalidFactsException("\"comune\" non è una consultazione: gli adempimenti comuni si aggiungono da sé.");
        }

        if ((facts.Ballottaggio is not null || facts.Consultations.Contains(ConsultationType.Ballottaggio))
            && !facts.Consultations.Contains(ConsultationType.Comunali))
        {
            throw new InvalidFactsException("Il ballottaggio si tiene solo per le elezioni comunali: aggiungere la consultazione \"comunali\".");
        }

        if (facts.Ballottaggio is { } ballottaggio && ballottaggio <= facts.VotingDays.Last)
        {
            throw new InvalidFactsException("La data del ballottaggio deve seguire i giorni della votazione.");
        }

        if (ConsultationCombinations.Problem(facts.Consultations, facts.VotingDays.Reference, facts.Parameters) is { } combination)
        {
            throw new InvalidFactsException(combination);
        }

        foreach (var name in facts.Events.Keys)
        {
            if (!calendars.Events.ContainsKey(name))
            {
                throw new InvalidFactsException(
                    $"Evento sconosciuto \"{name}\". Eventi previsti: {string.Join(", ", calendars.Events.Keys.Order())}.");
            }
        }
    }

    private static int CompareDeadlines(Deadline a, Deadline b)
    {
        if (a.Date != b.Date)
        {
            return (a.Date, b.Date) switch
            {
                (null, _) => 1,
                (_, null) => -1,
                ({ } x, { } y) => x.CompareTo(y),
            };
        }

        // An act with no hour is due by the end of its day, so it follows the timed ones.
        var byTime = (a.Time ?? ClockTime.EndOfDay).MinuteOfDay.CompareTo((b.Time ?? ClockTime.EndOfDay).MinuteOfDay);
        if (byTime != 0)
        {
            return byTime;
        }

        var byStart = Nullable.Compare(a.StartDate, b.StartDate);
        return byStart != 0 ? byStart : a.Rule.Ordinal.CompareTo(b.Rule.Ordinal);
    }

    /// <summary>The per-derivation state: the facts digested once, and the dates computed so far by rule id.</summary>
    private sealed class Context
    {
        private readonly ElectionFacts facts;
        private readonly WorkingDays workingDays;
        private readonly LocalDate reference;
        private readonly Moment[] slotStart;
        private readonly Moment[] slotEnd;
        private readonly int consultationMask;

        private readonly Dictionary<string, ParameterValue>? parameters;

        public Context(
            CalendarSet calendars,
            ElectionFacts facts,
            ItalianRegion? region,
            string? province,
            Dictionary<string, ParameterValue>? parameters,
            int slotCount,
            Dictionary<string, int> slotById)
        {
            this.facts = facts;
            this.parameters = parameters;
            SlotById = slotById;
            workingDays = facts.PatronSaint is null ? WorkingDays.National : new WorkingDays(facts.PatronSaint);
            reference = facts.VotingDays.Reference;
            slotStart = new Moment[slotCount];
            slotEnd = new Moment[slotCount];

            var specialStatute = facts.SpecialStatute || region?.SpecialStatute == true;
            Classification = calendars.Thresholds.Classify(facts.Population, region?.Name, province, facts.Capoluogo, specialStatute, reference);
            var population = Classification.Class;
            var mask = 0;
            var direct = false;
            foreach (var consultation in facts.Consultations)
            {
                mask |= 1 << (int)consultation;
                direct |= consultation.IsDirect();
            }

            if (direct)
            {
                mask |= 1 << (int)ConsultationType.Comune;
            }

            var comunali = (mask & (1 << (int)ConsultationType.Comunali)) != 0;
            var ballottaggioHeld = comunali
                && (population == PopulationClass.Superiore || facts.Ballottaggio is not null
                    || (mask & (1 << (int)ConsultationType.Ballottaggio)) != 0);
            if (ballottaggioHeld)
            {
                mask |= 1 << (int)ConsultationType.Ballottaggio;
                BallottaggioDays = facts.Ballottaggio is { } first
                    ? facts.VotingDays.WithSameLengthFrom(first)
                    : facts.VotingDays.SecondSundayAfter();
            }

            consultationMask = mask;
            Conditions = new ConditionFacts(
                population,
                mask,
                facts.VotingDays.Count,
                facts.VotingDays.First.DayOfWeek,
                ballottaggioHeld,
                specialStatute,
                region?.Name,
                province,
                facts.Capoluogo,
                facts.Population,
                facts.Parameters.Count == 0 ? null : facts.Parameters);
        }

        public Classification Classification { get; }

        public ConditionFacts Conditions { get; }

        public VotingDays? BallottaggioDays { get; }

        private Dictionary<string, int> SlotById { get; }

        public bool Applies(Rule rule) =>
            (consultationMask & (1 << (int)rule.Consultation)) != 0 && rule.Validity.Contains(reference);

        public Deadline Compute(Rule rule, RuleVariant variant, int slot)
        {
            var start = variant.Start is { } startPoint ? Resolve(startPoint) : default;
            var end = Resolve(variant.End);
            slotStart[slot] = variant.Start is null ? end : start;
            slotEnd[slot] = end;
            var startDate = start.Date;
            var date = end.Date;

            var flags = rule.AssicurazionePrefetto ? DeadlineFlags.AssicurazionePrefetto : DeadlineFlags.None;
            if (date is { } day && !workingDays.IsWorkingDay(day))
            {
                flags |= DeadlineFlags.Festivo;
            }

            if (startDate is { } first && !workingDays.IsWorkingDay(first))
            {
                flags |= DeadlineFlags.InizioFestivo;
            }

            int? offset = date is { } due ? Period.DaysBetween(reference, due) : null;
            return new Deadline(rule, variant, startDate, start.Time, date, end.Time, offset, flags);
        }

        /// <summary>
        /// The day (and hour) a time point falls on; no day while the event it counts from is unknown.
        /// A point on the very moment of another rule (no offset, no hour of its own) takes that
        /// rule's hour too: "until the vote closes" ends at 23:00 on Sunday, not at midnight.
        /// </summary>
        private Moment Resolve(TimePoint point)
        {
            var moment = ResolveWritten(point);
            if (point.Parameter is null || parameters is null || !parameters.TryGetValue(point.Parameter, out var value))
            {
                return moment;
            }

            // The decree sets the hour on the law's day, or the day and hour itself.
            return value.Date is { } day ? new Moment(day, value.Time)
                : moment.Date is null ? moment
                : moment with { Time = value.Time };
        }

        private Moment ResolveWritten(TimePoint point)
        {
            LocalDate anchor;
            switch (point.Anchor)
            {
                case AnchorKind.Vote:
                    anchor = point.CountsFromLastVotingDay ? facts.VotingDays.Last : reference;
                    break;
                case AnchorKind.VoteFirstDay:
                    anchor = facts.VotingDays.First;
                    break;
                case AnchorKind.VoteLastDay:
                    anchor = facts.VotingDays.Last;
                    break;
                case AnchorKind.Ballottaggio:
                    if (BallottaggioDays is not { } ballottaggio)
                    {
                        return default;
                    }

                    anchor = point.CountsFromLastVotingDay ? ballottaggio.Last : ballottaggio.Reference;
                    break;
                case AnchorKind.Event:
                    if (!facts.Events.TryGetValue(point.Target!, out anchor))
                    {
                        return default;
                    }

                    break;
                case AnchorKind.Rule:
                    var slot = SlotById[point.Target!];
                    var anchored = point.Edge == Edge.Start ? slotStart[slot] : slotEnd[slot];
                    if (anchored.Date is not { } anchoredDay)
                    {
                        return default;
                    }

                    if (point.Time is null && point.Months == 0 && point.Days == 0 && point.WorkingDays == 0)
                    {
                        return anchored;
                    }

                    anchor = anchoredDay;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown anchor {point.Anchor}");
            }

            var day = anchor;
            if (point.Months != 0)
            {
                day = day.PlusMonths(point.Months);
            }

            if (point.Days != 0)
            {
                day = day.PlusDays(point.Days);
            }

            if (point.WorkingDays != 0)
            {
                day = workingDays.Add(day, point.WorkingDays);
            }

            return new Moment(point.RollToWorkingDay ? workingDays.OnOrAfter(day) : day, point.Time);
        }
    }

    /// <summary>A resolved time point: its day (null while pending) and its hour, if the law gives one.</summary>
    private readonly record struct Moment(LocalDate? Date, ClockTime? Time);
}
