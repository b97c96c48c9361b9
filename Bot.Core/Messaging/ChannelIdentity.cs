namespace Lianzheng.Core.Messaging;

/// <summary>How a staff member is known on one chat channel (Teams user id, WeCom userid...).</summary>
public sealed class ChannelIdentity
{
    public int Id { get; set; }

    public int StaffId { get; set; }

    public required string Channel { get; set; }

    public required string ChannelUserId { get; set; }
}
