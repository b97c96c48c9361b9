using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.AuditProjects;

public sealed class AuditProjectMember
{
    public int ProjectId { get; set; }

    public int StaffId { get; set; }

    public Staff? Staff { get; set; }
}
