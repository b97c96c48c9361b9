using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Talks;

/// <summary>Someone a talk was held with.</summary>
public sealed class TalkParticipant
{
    public long TalkId { get; set; }

    public int StaffId { get; set; }

    public Staff? Staff { get; set; }
}
