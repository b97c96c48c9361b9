namespace Lianzheng.Scheduler.Talks;

/// <summary>What the talk-due notices say to leaders and the party secretary, and the follow-up reminders of 提醒谈话.</summary>
internal static class TalkDueTexts
{
    public const string Title = "廉政谈话提醒";
    public const string Action = "点击下方按钮记录已开展的谈话。";

    public static string Before(int requiredPerYear, string due, int expected) =>
        $"按照全面从严治党主体责任要求，您每年应与分管股室负责人各开展廉政谈话 {requiredPerYear} 次。截至 {due} 应完成 {expected} 次，以下同志尚未达到：";

    public static string Missed(string due, int expected) =>
        $"截至 {due} 应完成的廉政谈话（每人 {expected} 次）尚未完成，请尽快补谈并记录：";

    public static string SecretaryBefore(int perYear, string due, int expected) =>
        $"按照全面从严治党主体责任要求，党组书记每年应与每位班子成员开展廉政谈话 {perYear} 次。截至 {due} 应完成 {expected} 次，以下同志尚未达到：";

    public static string SecretaryMissed(string due, int expected) =>
        $"截至 {due} 应完成的与班子成员的廉政谈话（每人 {expected} 次）尚未完成，请尽快补谈并记录：";

    public static string Line(string headName, string sectionName, int held) => $"{headName}（{sectionName}）：已谈 {held} 次";

    public static string RecordTalkWith(string headName) => $"记录与{headName}的谈话";

    public const string FollowUpTitle = "提醒谈话跟进";

    public static string FollowUp(string heldOn, string whom, string followUpOn) =>
        $"您于{heldOn}与{whom}进行了提醒谈话，约定{followUpOn}跟进。请了解其整改落实情况，必要时再次谈话并记录。";
}
