using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Workbench;

/// <summary>The 备案台账's filters: the year of the event (null: every year), optionally a kind, a status, a section, a person (part of the
/// filer's name) and only those whose 事后报告 is overdue; the order; and the page (from 1).</summary>
public sealed record FilingFilter(
    int? Year,
    FilingKind? Kind = null,
    FilingStatus? Status = null,
    int Page = 1,
    int? SectionId = null,
    string? Person = null,
    bool OverdueReport = false,
    FilingSort Sort = FilingSort.Newest)
{
    public const int PageSize = 50;

    /// <summary>The longest name part searched for (a name is a few characters; more is not a name).</summary>
    public const int MaxPersonLength = 20;
}
