namespace Lianzheng.Dialogs.Offers;

/// <summary>What the 拒收登记 / 请托登记 dialogs say.</summary>
internal static class OfferDialogTexts
{
    public const string DeclineName = "拒收登记";
    public const string RequestName = "请托登记";
    public const string DeclineHelp = "登记您拒收或上交的礼金、礼品、宴请，以及拒绝的请托（说情、打招呼），留存备查，保护您自己";
    public const string Title = "拒收和请托登记";
    public const string AskKind = "请选择要登记的类别：";
    public const string Intro = "如实登记拒收、上交的礼金礼品和宴请，以及拒绝的请托，既是纪律要求，也是对您自己的保护。";
    public const string AskOfferedBy = "是哪个单位或个人提出的？";
    public const string ExampleOfferedBy = "县某某建设有限公司 李某";
    public const string AskDescription = "具体是什么？";
    public const string ExampleDescription = "购物卡 2 张";
    public const string AskRequest = "对方请托什么事？";
    public const string ExampleRequest = "请求对审计发现的问题从轻处理";
    public const string AskValue = "估计价值多少元？（不清楚回复 0）";
    public const string AskDate = "是哪一天的事？";
    public const string AskHandling = "您是怎么处理的？";
    public const string AskProject = "与哪个审计项目有关？";
    public const string NoProject = "与审计项目无关";
    public const string Confirm = "请核对以上登记内容，确认提交吗？";
    public const string NotRecorded = "好的，没有登记。需要时再发送“拒收登记”或“请托登记”。";
    public static string Recorded(int id) =>
        $"已登记（登记 #{id}），廉政监督员已收到。这份记录会一直保留，可作为您拒收、拒绝请托的证明；发送“我的登记”可以查看。";

    public const string MineName = "我的登记";
    public const string MineHelp = "查看您的拒收和请托登记";
    public const string MineNone = "您还没有拒收或请托登记。发送“拒收登记”或“请托登记”可以登记。";
    public static string MineText(int count) => $"您共有 {count} 条拒收和请托登记：";
}
