namespace Lianzheng.Core.Talks;

public enum TalkForm
{
    /// <summary>个别谈话.</summary>
    Individual = 1,

    /// <summary>集体谈话.</summary>
    Collective = 2,
}
