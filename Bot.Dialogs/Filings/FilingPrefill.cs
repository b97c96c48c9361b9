using Lianzheng.Core.Filings;

namespace Lianzheng.Dialogs.Filings;

/// <summary>备案 begun from a sentence (我儿子下个月12号结婚…): the answers it already gave. <see cref="FileEventDialog"/>
/// asks only what is missing, after checking each given answer as its question would (<see cref="FilingQuestions.Prefill"/>).</summary>
public sealed record FilingPrefill
{
    public FilingKind? Kind { get; init; }

    public EventSubject? Subject { get; init; }

    public DateOnly? Date { get; init; }

    public bool DateFromLunar { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? Place { get; init; }

    public int? Tables { get; init; }

    public int? Guests { get; init; }

    public string? Destination { get; init; }

    public string? Purpose { get; init; }
}
