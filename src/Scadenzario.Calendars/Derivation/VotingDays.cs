using System.Collections;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Scadenzario.Calendars.Derivation;

/// <summary>
/// The day or two consecutive days on which a tornata votes, and the <see cref="Reference"/> day
/// the law's offsets count from: "il N-esimo giorno antecedente quello della votazione" is the
/// Sunday of the tornata, also when voting starts on Saturday (2024) or continues on Monday (2011,
/// 2021). Days after the vote count from <see cref="Last"/>, when the vote closes.
/// <para>
/// It is also the list of its days, in order (<c>days[0]</c> is <see cref="First"/>), so that a
/// tornata stored as <c>date[]</c> reads back as this type and is written as <c>[.. days]</c>.
/// </para>
/// </summary>
[CollectionBuilder(typeof(VotingDays), nameof(Of))]
public sealed record VotingDays : IReadOnlyList<LocalDate>
{
    private VotingDays(LocalDate first, LocalDate last)
    {
        First = first;
        Last = last;
        Reference = last.DayOfWeek == IsoDayOfWeek.Sunday ? last : first;
    }

    public LocalDate First { get; }

    public LocalDate Last { get; }

    /// <summary>The giorno della votazione: the Sunday, or the first day when neither is a Sunday.</summary>
    public LocalDate Reference { get; }

    public int Count => Period.DaysBetween(First, Last) + 1;

    public static VotingDays OneDay(LocalDate day) => new(day, day);

    /// <summary>One day, or two consecutive days; any other list is refused (check it first with <c>VotingDaysPolicy</c> where it is input).</summary>
    public static VotingDays Of(ReadOnlySpan<LocalDate> days) => days.Length switch
    {
        1 => OneDay(days[0]),
        2 => TwoDays(days[0], days[1]),
        _ => throw new ArgumentException("La votazione si tiene in uno o in due giorni consecutivi.", nameof(days)),
    };

    /// <summary>Two consecutive days; anything else is refused.</summary>
    public static VotingDays TwoDays(LocalDate first, LocalDate second)
    {
        if (second != first.PlusDays(1))
        {
            throw new ArgumentException("I due giorni di votazione devono essere consecutivi.", nameof(second));
        }

        return new VotingDays(first, second);
    }

    /// <summary>
    /// The ballottaggio's default days: "la seconda domenica successiva" (art. 71 c. 6 and art. 72
    /// c. 5 d.lgs. 267/2000) with as many days as the first round, starting on that Sunday (2024:
    /// first round Saturday 8 and Sunday 9 June, ballottaggio Sunday 23 and Monday 24 June).
    /// </summary>
    public VotingDays SecondSundayAfter()
    {
        var sunday = Reference.PlusDays(14);
        return new VotingDays(sunday, sunday.PlusDays(Count - 1));
    }

    /// <summary>Days starting on <paramref name="first"/>, as many as this tornata has.</summary>
    public VotingDays WithSameLengthFrom(LocalDate first) => new(first, first.PlusDays(Count - 1));

    public bool Contains(LocalDate date) => date >= First && date <= Last;

    /// <summary>The <paramref name="index"/>-th day, from 0.</summary>
    public LocalDate this[int index] => (uint)index < (uint)Count ? First.PlusDays(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<LocalDate> GetEnumerator() => Days().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IEnumerable<LocalDate> Days()
    {
        for (var day = First; day <= Last; day = day.PlusDays(1))
        {
            yield return day;
        }
    }
}
