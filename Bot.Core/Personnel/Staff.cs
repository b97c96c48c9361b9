using Lianzheng.Core.Messaging;

namespace Lianzheng.Core.Personnel;

/// <summary>A member of the bureau's staff, as held in the directory.</summary>
public sealed class Staff
{
    public int Id { get; set; }

    /// <summary>The bureau's own staff number (工号), unique; the key the directory import matches on.</summary>
    public required string EmployeeNo { get; set; }

    public required string Name { get; set; }

    public int? SectionId { get; set; }

    public Section? Section { get; set; }

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The person's IANA time zone when a channel told us (Teams clientInfo); null means the bureau's.</summary>
    public string? TimeZoneId { get; set; }

    public List<StaffRoleAssignment> Roles { get; set; } = [];

    public List<ChannelIdentity> ChannelIdentities { get; set; } = [];

    public bool HasRole(StaffRole role) => Roles.Any(r => r.Role == role);
}
