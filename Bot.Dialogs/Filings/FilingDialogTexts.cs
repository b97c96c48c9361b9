namespace Lianzheng.Dialogs.Filings;

/// <summary>What the filing dialogs (备案、我的备案、修改备案、撤回备案、事后报告) say.</summary>
internal static class FilingDialogTexts
{
    public const string FileName = "备案";
    public const string FileHelp = "婚嫁、丧事、其他喜庆事宜、因私出国（境）等个人事项的事前备案";
    public const string MyFilingsName = "我的备案";
    public const string MyFilingsHelp = "查看本人的备案及状态，修改、撤回尚未发生的备案";
    public const string AmendName = "修改备案";
    public const string AmendHelp = "修改尚未发生的备案内容";
    public const string WithdrawName = "撤回备案";
    public const string WithdrawHelp = "撤回尚未发生的备案（记录保留，需说明原因）";
    public const string ReportName = "事后报告";
    public const string ReportHelp = "事项结束后报告实际情况（实际规模、宴请范围、用车、费用、礼金礼品及处理、有无违诺；出国（境）的实际返回日期），备案随之办结";

    public const string FileTitle = "个人事项备案";
    public const string AskKind = "请选择要备案的事项类别：";
    public const string AskSubject = "这是谁的事项？";
    public static string AskEventDate(string kind) => $"请问{kind}的日期是哪天？";
    public const string AskDeparture = "请问出发日期是哪天？";
    public const string AskPlace = "请问在什么地点举办？（如：县城某某酒店）";
    public const string AskTables = "预计办多少桌？（不设宴请回复 0）";
    public const string AskGuests = "预计参加多少人？";
    public const string AskManagedObjects = "是否邀请管理服务对象（被审计单位及其工作人员等）参加？";
    public const string AskSubordinates = "是否邀请下属参加？";
    public const string AskDestination = "请问前往哪个国家或地区？（如：日本东京）";
    public const string AskPurpose = "请问出行事由？（如：旅游、探亲）";
    public const string AskReturn = "请问计划返回日期是哪天？";
    public const string AskCompanions = "同行人员有哪些（姓名及关系）？没有请回复“无”。";
    public const string AskCelebration =
        "请问是什么喜庆事宜？（如升学、乔迁、生日、满月、参军，也可直接输入）\n按规定，操办其他喜庆事宜只限邀请亲属参加，不得邀请同事、管理服务对象等亲属以外人员。";
    public static readonly IReadOnlyList<string> CelebrationKinds = ["升学", "乔迁", "生日", "满月", "参军"];
    public const string AskJointly = "是否与对方家庭同城合办？";
    public static string AskCars(bool wedding) => wedding ? "计划使用多少辆车（婚车等）？不用车回复 0" : "计划使用多少辆车？不用车回复 0";
    public const string ExampleCars = "6";
    public const string AskOfficialCars = "其中是否使用公车？";
    public static string AskScaleReason(int tables, int guests) =>
        $"预计 {tables} 桌、{guests} 人，超过了规定规模。请说明原因（将提请审核人关注）：";
    public const string ExampleScaleReason = "双方亲属较多";
    public const string AskLateReason = "按规定应在事前规定的工作日前报告，本次已属逾期报告。请说明逾期原因：";
    public const string AskFuneralLateReason = "丧事应在事后规定天数内报告，本次已超过期限，属逾期报告。请说明原因：";
    public const string ExampleLateReason = "事发突然，未及时报告";
    public const string AskDocumentType = "请选择出入境证件类型：";
    public const string AskDocumentNumber = "请输入证件号码（仅证照保管人员可见完整号码）：";
    public const string ExampleDocumentNumber = "E12345678";
    public const string AskTransit = "途经哪些国家或地区？没有请回复“无”。";
    public const string ExampleTransit = "无";
    public const string AskFunding = "费用来源？（如自费，也可直接输入）";
    public static readonly IReadOnlyList<string> FundingSources = ["自费", "亲属资助"];
    public const string AskSecretPost = "您是否在涉密岗位？";
    public const string ReviewText = "请核对以下备案内容：";
    public const string Submit = "确认提交";
    public const string Change = "修改内容";
    public const string Discard = "放弃";
    public static readonly string[] SubmitWords = ["提交", "确认", "确定", "好", "好的", "是", "对", "没问题", "可以", "行", "无误", "没错", "正确"];
    public static readonly string[] ChangeWords = ["修改", "改", "改一下", "要改", "有误", "不对", "错了"];
    public static readonly string[] DiscardWords = ["不报了", "不备案了", "算了", "作废", "不提交"];
    public const string AskFieldToChange = "要修改哪一项？";
    public static string Filed(string kind, string number) =>
        $"您的{kind}备案已提交，备案编号 {number}。已通知分管领导和廉政监督员。事项结束后请发送“事后报告”报告实际情况。";
    public static string FiledForReview(string kind, string number, string reviewers) =>
        $"您的{kind}备案已提交，备案编号 {number}，已送 {reviewers} 审核，廉政监督员备案。审核结果会及时通知您。";
    public static string FiledLate(string number) => $"备案 {number} 已标记为逾期报告。";
    public const string TripNeedsApproval = "因私出国（境）须经审核同意后方可出行。";
    public const string FiledTitle = "备案成功";
    public const string Discarded = "已放弃，本次备案未提交。";

    public const string NoFilings = "您还没有备案记录。发送“备案”即可办理。";
    public const string ListTitle = "我的备案";
    public static string ListText(int count) => $"您共有 {count} 条备案（最近的在前）。回复序号或点击按钮查看详情：";
    public static string ListMore(int listed) => $"（只列出最近 {listed} 条。）";
    public const string DetailTitle = "备案详情";
    public const string DetailChangeable = "该事项尚未发生，可以修改或撤回。";
    public const string DetailReportable = "该事项已发生，请办理事后报告。";
    public const string DetailClosed = "该备案已不能修改。";
    public const string BackToList = "返回列表";

    public const string AmendTitle = "修改备案";
    public static string AmendText(string number) => $"备案 {number} 当前内容如下。";
    public const string AmendPending = "待提交的修改：";
    public const string SubmitChanges = "提交修改";
    public const string DiscardChanges = "放弃修改";
    public const string NoChanges = "没有修改任何内容，备案保持不变。";
    public static string Amended(string number) => $"备案 {number} 已修改，已通知分管领导和廉政监督员。";
    public static string AmendedForReview(string number) => $"备案 {number} 已修改，已重新送审（待审核）。";
    public const string ReasonFirst = "提交前还需说明原因：";
    public const string AnswerFirst = "提交前还需补充现行规定要求填写的内容：";
    public static string ReviewerAsked(string opinion) => $"审核人意见（需补充）：{opinion}";
    public const string AmendDiscarded = "已放弃修改，备案保持不变。";
    public const string NoneChangeable = "您没有可以修改或撤回的备案（只有尚未发生的“已备案”事项可以修改或撤回）。";
    public const string ChooseToAmend = "要修改哪一条备案？";
    public const string ChooseToWithdraw = "要撤回哪一条备案？";

    public const string WithdrawTitle = "撤回备案";
    public static string AskWithdrawReason(string number) => $"请说明撤回 {number} 的原因：";
    public static string ConfirmWithdraw(string number) => $"确认撤回备案 {number}？撤回后记录仍会保留。";
    public const string WithdrawYes = "确认撤回";
    public const string WithdrawNo = "不撤回";
    public static string Withdrawn(string number) => $"备案 {number} 已撤回，已通知分管领导和廉政监督员。";
    public static string NotWithdrawn(string number) => $"好的，备案 {number} 保持不变。";

    public const string ReportTitle = "事后报告";
    public const string NoneReportable = "您目前没有需要事后报告的备案（事项发生后才能报告）。";
    public const string ChooseToReport = "要为哪一条备案做事后报告？";
    public const string AskActualTables = "实际办了多少桌？（未设宴请回复 0）";
    public const string AskActualGuests = "实际参加多少人？";
    public const string AskActualReturn = "实际哪天返回？";
    public static string ReportIntro(string number) => $"开始填写备案 {number} 的事后报告。";
    public static string AskScope(string? chosen) => chosen is null
        ? "宴请范围包括哪些？（可多选，逐个点选）"
        : $"已选：{chosen}。还有其他吗？选完请点“选好了”。";
    public const string ScopeDone = "选好了";
    public const string AskActualCars = "实际使用多少辆车？未用车回复 0";
    public const string AskActualOfficialCars = "其中是否使用了公车？";
    public const string AskCost = "总费用约多少元？";
    public const string ExampleCost = "30000";
    public const string AskGiftMoney = "收受管理服务对象或下属的礼金共多少元？没有回复 0";
    public const string AskGiftItems = "收受管理服务对象或下属的礼品共多少件？没有回复 0";
    public const string AskGiftHandling = "这些礼金、礼品是如何处理的？";
    public const string AskPledgeBroken = "有无违反廉洁承诺的行为？";
    public const string PledgeBrokenYes = "有";
    public const string PledgeBrokenNo = "无";
    public const string AskPledgeNote = "请说明违诺情况：";
    public const string ExamplePledgeNote = "超出备案桌数 2 桌";
    public const string AskNote = "还有其他需要说明的情况吗？没有请回复“无”。";
    public const string ReportReview = "请核对事后报告：";
    public static string Reported(string number) => $"备案 {number} 的事后报告已提交，该事项已办结。谢谢！";
    public const string ReportDiscarded = "已放弃，事后报告未提交。";

    public const string NotFound = "没有找到这条备案，它可能不是您的备案。";
    public static string NotChangeable(string number) => $"备案 {number} 已撤回、已办结或事项已经开始，不能再修改或撤回。";
    public static string NotReportable(string number) => $"备案 {number} 现在不能做事后报告（已撤回、已办结，或事项尚未发生）。";
    public static string Conflict(string number) => $"备案 {number} 刚刚被修改过，请重新打开后再改。";

    public const string ExampleDate = "12月5日";
    public const string ExamplePlace = "县城某某酒店";
    public const string ExampleTables = "10";
    public const string ExampleGuests = "120";
    public static string TablesFigure(int tables) => $"桌数（{tables}桌）";

    public static string Understood(IEnumerable<string> answers) => $"已从您的话中记下：{string.Join("；", answers)}。其余内容请逐项回答。";
    public static string ReturnOn(string date) => $"{date}返回";
    public const string ExampleDestination = "日本东京";
    public const string ExamplePurpose = "旅游";
    public const string ExampleCompanions = "妻子李某、女儿王某";
    public const string ExampleReason = "婚期推迟到明年";
    public const string ExampleNote = "无";

    public static readonly string[] NothingWords = ["无", "没有", "无。", "没有。", "/", "-"];
}
