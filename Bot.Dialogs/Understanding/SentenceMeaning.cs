using Lianzheng.Core.Filings;

namespace Lianzheng.Dialogs.Understanding;

/// <summary>What <see cref="SentenceReader"/> understood of one sentence: the intent and the answers it already gives.
/// A slot it could not read with certainty (十来桌, a date the question would refuse) is left empty, to be asked.</summary>
public sealed record SentenceMeaning(SentenceIntent Intent)
{
    public FilingKind? Kind { get; init; }

    public EventSubject? Subject { get; init; }

    /// <summary>The event's date, a trip's departure, a talk's day.</summary>
    public DateOnly? Date { get; init; }

    public bool DateFromLunar { get; init; }

    /// <summary>A trip's return.</summary>
    public DateOnly? EndDate { get; init; }

    public string? Place { get; init; }

    public int? Tables { get; init; }

    public int? Guests { get; init; }

    public string? Destination { get; init; }

    public string? Purpose { get; init; }

    /// <summary>Whom a talk is with, by name as the directory spells it.</summary>
    public string? Person { get; init; }
}
