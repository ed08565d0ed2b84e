using System.Linq.Expressions;
using NodaTime;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>
/// How an act stands for the office looking at it, at an instant. One of these, and only one, for
/// every act: every channel (Oggi, the calendar, the print, the feed, the prefettura dashboard and
/// its CSV, the CLI, the API, the digest, the reminders, the escalation) reads it from
/// <see cref="ActStates"/>.
/// </summary>
public enum ActState
{
    /// <summary>The office's act, open, due after the next seven days.</summary>
    Aperto,

    /// <summary>The office's act, open, due on one of the next seven days (tomorrow to today + 7).</summary>
    InScadenza,

    /// <summary>The office's act, open, due today and not yet past its instant.</summary>
    Oggi,

    /// <summary>The office's act with a deadline (a scadenza or the end of a periodo), open, past its due instant.</summary>
    Scaduto,

    /// <summary>The office's act that only marks a moment (a term opening, a prohibition, an event) whose instant has passed: nothing left to do.</summary>
    Trascorso,

    /// <summary>Not yet dated: waiting for an event or for the act it is counted from.</summary>
    InAttesa,

    /// <summary>Done, with its evidence.</summary>
    Completato,

    /// <summary>Not required of this ente (the rule no longer applies, no ballottaggio…).</summary>
    NonApplicabile,

    /// <summary>
    /// An open act of someone else (candidates, electors, courts, State bodies; for a comune, also
    /// the prefettura's): the office must know it, never do it. Never "da fare", never overdue, never escalated.
    /// </summary>
    DaSapere,
}

/// <summary>Whose point of view: a comune's (or provincia's) offices, or the prefettura.</summary>
public enum ActViewer
{
    Ente,
    Prefettura,
}

/// <summary>
/// "Now" for the states: the instant, and the day in Rome it falls on. Every state is relative to
/// one of these; take it once per request (or job run) so that all the lists of a page agree.
/// </summary>
public readonly record struct ActClock(Instant Now, LocalDate Today)
{
    public static ActClock At(Instant now) => new(now, RomeTime.InRome(now).Date);

    public static ActClock Of(IClock clock) => At(clock.GetCurrentInstant());

    /// <summary>The last day "in scadenza": today + <see cref="ActStates.NextDays"/>.</summary>
    public LocalDate Horizon => Today.PlusDays(ActStates.NextDays);
}

/// <summary>
/// The one definition of the state of an act, and of its due instant.
/// <para>
/// The due day is <see cref="Adempimento.DueDate"/>, on every channel: an act "entro il 23
/// novembre" without an hour, or "ore 24" of the 23rd, is shown on the 23rd. Its due instant is
/// <see cref="Adempimento.DueAt"/>: the hour the law gives, in Europe/Rome; "ore 24" and an act
/// without an hour are due at the end of their day (the next midnight, which is why
/// <see cref="Adempimento.DueLocal"/> is on the 24th; never show its date).
/// </para>
/// <para>
/// The states are written once, as an expression: EF translates it into SQL (so that a query can
/// select and count by state in the database), and its compiled form classifies an act already
/// loaded. Selections (<see cref="Is"/>, <see cref="IsOwnOpen"/>) are built from the same expression.
/// </para>
/// </summary>
public static class ActStates
{
    /// <summary>How many days after today an open act counts as "in scadenza".</summary>
    public const int NextDays = 7;

    private static readonly Func<Adempimento, Instant, LocalDate, LocalDate, ActState> EnteCompiled = Definition(ActViewer.Ente).Compile();
    private static readonly Func<Adempimento, Instant, LocalDate, LocalDate, ActState> PrefetturaCompiled = Definition(ActViewer.Prefettura).Compile();

    /// <summary>The state of an act already loaded.</summary>
    public static ActState Of(Adempimento task, ActClock clock, ActViewer viewer = ActViewer.Ente) =>
        (viewer == ActViewer.Ente ? EnteCompiled : PrefetturaCompiled)(task, clock.Now, clock.Today, clock.Horizon);

    /// <summary>The state as an expression EF translates into SQL, for projections and filters.</summary>
    public static Expression<Func<Adempimento, ActState>> StateExpression(ActClock clock, ActViewer viewer = ActViewer.Ente)
    {
        var definition = Definition(viewer);
        var task = definition.Parameters[0];
        var body = new Substitute(definition.Parameters[1], Captured(clock.Now))
            .Then(definition.Parameters[2], Captured(clock.Today))
            .Then(definition.Parameters[3], Captured(clock.Horizon))
            .Visit(definition.Body);
        return Expression.Lambda<Func<Adempimento, ActState>>(body, task);
    }

    /// <summary>The acts in one of <paramref name="states"/>, as a filter EF translates.</summary>
    public static Expression<Func<Adempimento, bool>> Is(ActClock clock, ActViewer viewer, params ActState[] states)
    {
        var state = StateExpression(clock, viewer);
        var wanted = Captured(states.ToList());
        var contains = Expression.Call(wanted, typeof(List<ActState>).GetMethod(nameof(List<ActState>.Contains))!, state.Body);
        return Expression.Lambda<Func<Adempimento, bool>>(contains, state.Parameters);
    }

    /// <summary>
    /// A projection that uses the state: <paramref name="selector"/> receives the act and its
    /// state, and the whole translates into SQL (the state as a CASE expression).
    /// </summary>
    public static Expression<Func<Adempimento, TResult>> WithState<TResult>(ActClock clock, Expression<Func<Adempimento, ActState, TResult>> selector, ActViewer viewer = ActViewer.Ente)
    {
        var state = StateExpression(clock, viewer);
        var task = selector.Parameters[0];
        var body = new Substitute(state.Parameters[0], task).Visit(state.Body);
        return Expression.Lambda<Func<Adempimento, TResult>>(new Substitute(selector.Parameters[1], body).Visit(selector.Body), task);
    }

    /// <summary>
    /// The overdue acts (<see cref="ActState.Scaduto"/>), as a filter EF translates. It starts with
    /// what overdue implies (open, due instant passed), so PostgreSQL can use the index on open acts' due instant.
    /// </summary>
    public static Expression<Func<Adempimento, bool>> Overdue(ActClock clock, ActViewer viewer = ActViewer.Ente)
    {
        var now = clock.Now;
        Expression<Func<Adempimento, bool>> implied = t => t.Status == AdempimentoStatus.DaFare && t.DueAt <= now;
        var state = Is(clock, viewer, ActState.Scaduto);
        var body = Expression.AndAlso(implied.Body, new Substitute(state.Parameters[0], implied.Parameters[0]).Visit(state.Body));
        return Expression.Lambda<Func<Adempimento, bool>>(body, implied.Parameters);
    }

    /// <summary>The acts that end with something to have done by then (a scadenza, the end of a periodo): only these can be overdue or reminded.</summary>
    public static Expression<Func<Adempimento, bool>> HasDeadline { get; } = t => t.Kind == RuleKind.Scadenza || t.Kind == RuleKind.Periodo;

    /// <summary>
    /// What a waiting act waits for, in Italian (<see cref="WaitingFor.Italian"/>); null when it
    /// waits for nothing. Never the stored code.
    /// </summary>
    public static string? WaitingLabel(WaitingFor? waitingFor, Calendars.CalendarSet calendars) => waitingFor?.Italian(calendars);

    /// <summary>Whether the viewer's offices answer for acts of this owner.</summary>
    public static bool IsOwn(ActorOwner owner, ActViewer viewer = ActViewer.Ente) =>
        viewer == ActViewer.Ente ? owner.IsEnteOwn() : owner == ActorOwner.Prefettura;

    /// <summary>The states that are the office's work still to do: listed as "da fare" and counted.</summary>
    public static bool IsToDo(ActState state) => state is ActState.Scaduto or ActState.Oggi or ActState.InScadenza or ActState.Aperto;

    /// <summary>The Italian label, as pages, emails and the CLI show it.</summary>
    public static string Label(ActState state) => state switch
    {
        ActState.Aperto => "da fare",
        ActState.InScadenza => "in scadenza",
        ActState.Oggi => "scade oggi",
        ActState.Scaduto => "scaduto",
        ActState.Trascorso => "trascorso",
        ActState.InAttesa => "in attesa",
        ActState.Completato => "completato",
        ActState.NonApplicabile => "non applicabile",
        _ => "da sapere",
    };

    /// <summary>
    /// The definition. Waiting, completed and not applicable are the stored status; an open act
    /// of others is da sapere; an open act of the office is overdue once its due instant has
    /// passed (only when it is a deadline: an opening or an event is then simply past), else due
    /// today, in the next seven days, or later.
    /// </summary>
    private static Expression<Func<Adempimento, Instant, LocalDate, LocalDate, ActState>> Definition(ActViewer viewer) => viewer == ActViewer.Ente
        ? (t, now, today, horizon) =>
            t.Status == AdempimentoStatus.Completato ? ActState.Completato
            : t.Status == AdempimentoStatus.NonApplicabile ? ActState.NonApplicabile
            : t.Status == AdempimentoStatus.InAttesa || t.DueAt == null ? ActState.InAttesa
            : !(t.Owner == ActorOwner.Comune || t.Owner == ActorOwner.SecondoGrado) ? ActState.DaSapere
            : t.DueAt <= now ? (t.Kind == RuleKind.Scadenza || t.Kind == RuleKind.Periodo ? ActState.Scaduto : ActState.Trascorso)
            : t.DueDate == today ? ActState.Oggi
            : t.DueDate <= horizon ? ActState.InScadenza
            : ActState.Aperto
        : (t, now, today, horizon) =>
            t.Status == AdempimentoStatus.Completato ? ActState.Completato
            : t.Status == AdempimentoStatus.NonApplicabile ? ActState.NonApplicabile
            : t.Status == AdempimentoStatus.InAttesa || t.DueAt == null ? ActState.InAttesa
            : t.Owner != ActorOwner.Prefettura ? ActState.DaSapere
            : t.DueAt <= now ? (t.Kind == RuleKind.Scadenza || t.Kind == RuleKind.Periodo ? ActState.Scaduto : ActState.Trascorso)
            : t.DueDate == today ? ActState.Oggi
            : t.DueDate <= horizon ? ActState.InScadenza
            : ActState.Aperto;

    // A captured value, as a closure field, so that EF sends it as a parameter rather than a constant in the SQL text.
    private static MemberExpression Captured<T>(T value)
    {
        var box = new Box<T>(value);
        return Expression.Field(Expression.Constant(box), nameof(Box<T>.Value));
    }

    private sealed class Box<T>(T value)
    {
        public readonly T Value = value;
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Expression> map = new() { [from] = to };

        public Substitute Then(ParameterExpression parameter, Expression value)
        {
            map[parameter] = value;
            return this;
        }

        protected override Expression VisitParameter(ParameterExpression node) => map.GetValueOrDefault(node, node);
    }
}
