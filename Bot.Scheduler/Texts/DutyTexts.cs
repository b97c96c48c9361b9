namespace Lianzheng.Scheduler;

/// <summary>What the scheduled duties say to people.</summary>
internal static class DutyTexts
{
    public const string OffDays = "放假时间";
    public const string ReminderPrefix = "【再次提醒】您还没有确认收到这条提醒，请阅读后点击下方按钮确认。\n\n";

    public const string TalkDueTitle = "廉政谈话提醒";
    public const string TalkDueBefore = "按照全面从严治党主体责任要求，您每年应与分管股室负责人各开展廉政谈话 {0} 次。截至 {1} 应完成 {2} 次，以下同志尚未达到：";
    public const string TalkDueMissed = "截至 {0} 应完成的廉政谈话（每人 {1} 次）尚未完成，请尽快补谈并记录：";
    public const string TalkDueLine = "{0}（{1}）：已谈 {2} 次";
    public const string TalkDueAction = "点击下方按钮记录已开展的谈话。";
    public const string RecordTalkWith = "记录与{0}的谈话";

    public const string FollowUpTitle = "事后报告提醒";
    public const string FollowUpDue = "您备案的{0}（{1}）已经结束，请在 {2} 前提交事后报告（实际桌数、人数、收受礼金等情况）。";
    public const string FollowUpTravelDue = "您因私出国（境）预计已于 {0} 回国，请在 {1} 前报告回国情况，并将因私出入境证件交回保管。";
    public const string FollowUpAction = "提交事后报告";
    public const string FollowUpOverdue = "【已逾期】";
}
