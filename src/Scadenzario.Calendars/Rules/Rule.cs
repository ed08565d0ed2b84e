using NodaTime;

namespace Scadenzario.Calendars.Rules;

/// <summary>Where a rule was read from, for error messages.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>The inclusive range of voting days for which a rule definition is law.</summary>
public readonly record struct Validity(LocalDate? From, LocalDate? To)
{
    public static Validity Always => default;

    public bool Contains(LocalDate votingDay) =>
        (From is not { } from || votingDay >= from) && (To is not { } to || votingDay <= to);

    public bool Overlaps(Validity other) =>
        (From is not { } from || other.To is not { } otherTo || from <= otherTo)
        && (To is not { } to || other.From is not { } otherFrom || otherFrom <= to);

    public override string ToString() =>
        $"{From?.ToString("yyyy-MM-dd", null) ?? "…"} – {To?.ToString("yyyy-MM-dd", null) ?? "…"}";
}

/// <summary>
/// One way a rule can be timed, under its conditions. A rule without alternatives has one variant
/// whose conditions are the rule's own.
/// </summary>
public sealed record RuleVariant(Conditions When, TimePoint? Start, TimePoint End, string? LegalBasis, string? Note, int Line);

/// <summary>
/// An adempimento the law requires, as a calendar file defines it: who does what, when, under which
/// conditions and on which legal basis. The same <see cref="Id"/> may have several definitions
/// with disjoint <see cref="Validity"/> when the law changed.
/// </summary>
public sealed record Rule
{
    public required string Id { get; init; }

    public required ConsultationType Consultation { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string Actor { get; init; }

    /// <summary>Whose work the act is, from the actor's <c>owner</c> in <c>index.yaml</c>.</summary>
    public required ActorOwner Owner { get; init; }

    public required RuleKind Kind { get; init; }

    public required string LegalBasis { get; init; }

    public Validity Validity { get; init; }

    /// <summary>The comune must send the assicurazione al Prefetto once the act is done.</summary>
    public bool AssicurazionePrefetto { get; init; }

    /// <summary>Days before the deadline to remind at; empty means the product's default.</summary>
    public IReadOnlyList<int> Reminders { get; init; } = [];

    public string? Note { get; init; }

    public required IReadOnlyList<RuleVariant> Variants { get => variants; init => variants = [.. value]; }

    /// <summary>The variants as an array: derivation walks them for every rule without an interface enumerator.</summary>
    internal RuleVariant[] VariantArray => variants;

    private readonly RuleVariant[] variants = [];

    public required SourceLocation Source { get; init; }

    /// <summary>The region or province whose law this definition is; null for the national calendar.</summary>
    public RuleScope? Scope { get; init; }

    /// <summary>Position in the calendar files (file order of <c>index.yaml</c>, then line): breaks ties in a day.</summary>
    public int Ordinal { get; init; }
}

/// <summary>
/// The territory of a scoped file of <c>calendars/regioni/</c>: a region (ISTAT name), or one of
/// its provinces (sigla) when the province has its own law (Trento, Bolzano).
/// </summary>
public sealed record RuleScope(string Region, string? Province)
{
    public override string ToString() => Province is null ? Region : $"{Region} ({Province})";
}

/// <summary>
/// What a scoped file says about the national rules: the consultations it accounts for entirely,
/// the national rules that apply unchanged and those that do not apply, with the reason.
/// </summary>
public sealed record ScopeDeclarations(
    RuleScope Scope,
    string File,
    string? Law,
    IReadOnlyList<ConsultationType> Coverage,
    IReadOnlyDictionary<string, string?> Unchanged,
    IReadOnlyDictionary<string, string> NotApplicable)
{
    /// <summary>
    /// Actor id → the actor who carries out its acts in this scope, for every rule that holds there
    /// (Valle d'Aosta: the Presidente della Regione has the prefect's functions, art. 4 d.lgs.lgt.
    /// 7 settembre 1945, n. 545).
    /// </summary>
    public IReadOnlyDictionary<string, string> Substitutes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
