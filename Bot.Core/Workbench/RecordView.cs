namespace Lianzheng.Core.Workbench;

/// <summary>Someone opened another person's personal record in the 工作台 (who, whose, when): the 廉政监督员 and the
/// 派驻纪检监察组 can see who looked at what.</summary>
public sealed class RecordView
{
    public long Id { get; set; }

    public int ViewerId { get; set; }

    /// <summary>Whose record it is.</summary>
    public int OwnerId { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public DateTimeOffset At { get; set; }
}
