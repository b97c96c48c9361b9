namespace Lianzheng.Core.Domain;

/// <summary>A section (股室) of the bureau.</summary>
public sealed class Section
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<Staff> Members { get; set; } = [];
}

/// <summary>A leadership member (班子成员) oversees a section (分管).</summary>
public sealed class Oversight
{
    public int LeaderId { get; set; }

    public Staff? Leader { get; set; }

    public int SectionId { get; set; }

    public Section? Section { get; set; }
}
