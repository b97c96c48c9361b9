using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;

namespace Lianzheng.Dialogs.Routing;

/// <summary>What the bot says outside a particular dialog.</summary>
internal static class BotTexts
{
    public const string NotInDirectory = "您好！您还不在本局的人员名录中，暂时无法使用廉政助手。请联系廉政监督员（党风廉政室）将您加入名录。";
    public const string TurnFailed = "抱歉，处理您的消息时出了问题，当前操作已取消，已填写的内容未提交。请发送“菜单”重新开始。";
    public const string Cancelled = "已取消当前操作，未提交的内容不会保存。发送“菜单”查看可办理的事项。";
    public const string NothingToCancel = "当前没有进行中的操作。发送“菜单”查看可办理的事项。";
    public static string NotUnderstood(string text) => $"没听懂“{text}”。您可以发送下面的关键词，或点击按钮：";
    public const string StaleButton = "这个按钮已失效。发送“菜单”查看可办理的事项。";
    public static string NotForYou(string dialog, IReadOnlyList<StaffRole>? roles) => roles is { Count: > 0 }
        ? $"“{dialog}”仅限{string.Join("、", roles.Select(DomainNames.Of))}使用。发送“菜单”查看您可办理的事项。"
        : $"“{dialog}”不在您可办理的事项中。发送“菜单”查看可办理的事项。";
    public const string Acknowledged = "已确认，谢谢！";
    public const string AlreadyAcknowledged = "您已经确认过这条消息了。";
    public static string Abandoned(string dialog) => $"（已放弃未完成的“{dialog}”。）";
    public static string SwitchQuestion(string open, string requested) =>
        $"您正在办理“{open}”，尚未完成。要放弃它，改为办理“{requested}”吗？";
    public static string SwitchLabel(string dialog) => $"改为“{dialog}”";
    public static string ContinueLabel(string dialog) => $"继续“{dialog}”";
    public const string WithdrawHint = "如需撤回已提交的备案，请发送“撤回备案”。";
    public const string DialogStillOpen = "（当前事项尚未完成：请回答上面的问题继续，或发送“取消”放弃。）";
    public const string StateOutdated = "廉政助手已更新，您之前未完成的操作已取消，未提交的内容不会保存。";
    public const string Busy = "您的上一条消息还在处理中，请稍候再发。";
    public const string MenuTitle = "廉政助手";
    public static string MenuText(string name) => $"{name}，您好！请选择要办理的事项（也可以直接发送关键词）：";
    public const string HelpTitle = "廉政助手 · 帮助";
    public const string HelpIntro = "您可以发送下列关键词，或点击按钮办理：";
    public const string HelpGlobal =
        "• 菜单：显示可办理的事项\n" +
        "• 帮助：显示本说明（办理中发送不会中断当前事项）\n" +
        "• 取消 / 退出：放弃正在办理的事项\n" +
        "• 上一步 / 返回：回到上一个问题，已填的其他内容保留\n" +
        "办理中每个问题都可以直接回复文字，或点击按钮。";

    public const string HelpLeader =
        "作为班子成员：您分管股室人员的个人事项备案会送您审核（同意、不同意或需补充），未启用审核时通知您点击“已阅”；发送“待审核备案”查看待审事项。";
    public const string HelpSupervisor = "作为廉政监督员：全局人员的个人事项备案及审核结果都会送您备查，请点击“已阅”确认；发送“待审核备案”查看待审事项。";
    public const string HelpLabel = "帮助";
    public const string MenuLabel = "菜单";
    public const string MoreLabel = "更多…";
    public const string FrequentLabel = "常用";
    public static string MenuPageText(int page, int pages) => $"更多事项（第 {page} 页，共 {pages} 页）：";

    public static readonly string[] CancelWords = ["取消", "退出", "算了", "不办了"];
    public static readonly string[] BackWords = ["上一步", "返回", "返回上一步", "上一题", "退回上一步", "回上一步", "后退"];
    public const string AtFirstQuestion = "这已经是第一个问题了。";
    public const string NothingToGoBackTo = "当前没有正在办理的事项。";
    public static readonly string[] HelpWords = ["帮助", "help", "?", "？", "怎么用"];
    public static readonly string[] MenuWords = ["菜单", "menu", "开始", "你好", "您好", "hi", "hello", "在吗"];
}
