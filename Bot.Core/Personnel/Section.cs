namespace Lianzheng.Core.Personnel;

/// <summary>A section (股室) of the bureau.</summary>
public sealed class Section
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public List<Staff> Members { get; set; } = [];
}
