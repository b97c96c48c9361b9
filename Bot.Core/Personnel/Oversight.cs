namespace Lianzheng.Core.Personnel;

/// <summary>A leadership member (班子成员) oversees a section (分管).</summary>
public sealed class Oversight
{
    public int LeaderId { get; set; }

    public Staff? Leader { get; set; }

    public int SectionId { get; set; }

    public Section? Section { get; set; }
}
