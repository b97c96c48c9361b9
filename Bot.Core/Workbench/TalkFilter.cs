using Lianzheng.Core.Talks;

namespace Lianzheng.Core.Workbench;

/// <summary>The talk list's filters: the year held (null: every year), optionally the leader who held them and the kind;
/// and the page (from 1).</summary>
public sealed record TalkFilter(int? Year, int? LeaderId = null, TalkKind? Kind = null, int Page = 1)
{
    public const int PageSize = 50;
}
