namespace Lianzheng.Bot.Teams;

/// <summary>What the Teams channel says itself.</summary>
internal static class TeamsTexts
{
    public static string Confirmed(string confirmed) => "✅ " + confirmed;
    public const string InvokeDone = "已处理";
    public const string InvokeNotSupported = "不支持的操作。";

    /// <summary>The only answer in a group chat or a team channel.</summary>
    public const string PersonalOnly = "为保护个人信息，廉政助手只在一对一私聊中办理事项。请点击我的名字，在与我的私聊中发送消息。";

    /// <summary>To an account whose email belongs to a staff member already linked to another Teams account.</summary>
    public const string LinkConflict =
        "您好！名录中与您邮箱相同的人员已关联了另一个 Teams 账号，为保护账号安全，您当前的账号没有自动关联。请联系廉政监督员（党风廉政室）核实身份后为您关联。";

    public const string LinkConflictTitle = "Teams 账号关联待核实";

    /// <summary><paramref name="accountOption"/> is the link-teams option that names the new account.</summary>
    public static string LinkConflictNotice(string name, string employeeNo, string accountOption) =>
        $"有一个 Teams 账号报告的邮箱与 {name}（工号 {employeeNo}）相同，但 {name} 已关联另一个 Teams 账号。为防止冒用，机器人没有关联该账号，也没有向它提供任何信息。" +
        $"请与本人核实：如确属其新账号，请管理员在服务器上运行 link-teams --employee-no {employeeNo} {accountOption} --replace。";

    public static string Person(string name, string employeeNo) => $"{name}（{employeeNo}）";

    public static string Account(string displayName, string aadObjectId, string teamsUserId) => $"{displayName}（AAD {aadObjectId}，{teamsUserId}）";

    public const string Unknown = "?";
    public const string ListSeparator = "；";

    public const string FactPerson = "人员";
    public const string FactNewAccount = "新账号";
    public const string FactLinkedAccount = "已关联账号";
    public const string FactTenant = "租户";
}
