namespace Lianzheng.Core.Personnel;

public sealed class StaffRoleAssignment
{
    public int StaffId { get; set; }

    public StaffRole Role { get; set; }
}
