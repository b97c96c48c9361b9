namespace Lianzheng.Scheduler.Talks;

/// <summary>What the talk-due notices say to leaders.</summary>
internal static class TalkDueTexts
{
    public const string Title = "廉政谈话提醒";
    public const string Action = "点击下方按钮记录已开展的谈话。";

    public static string Before(int requiredPerYear, string due, int expected) =>
        $"按照全面从严治党主体责任要求，您每年应与分管股室负责人各开展廉政谈话 {requiredPerYear} 次。截至 {due} 应完成 {expected} 次，以下同志尚未达到：";

    public static string Missed(string due, int expected) =>
        $"截至 {due} 应完成的廉政谈话（每人 {expected} 次）尚未完成，请尽快补谈并记录：";

    public static string Line(string headName, string sectionName, int held) => $"{headName}（{sectionName}）：已谈 {held} 次";

    public static string RecordTalkWith(string headName) => $"记录与{headName}的谈话";
}
