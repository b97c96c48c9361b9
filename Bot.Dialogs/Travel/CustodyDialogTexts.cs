using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Texts;

namespace Lianzheng.Dialogs.Travel;

/// <summary>What the custodian's dialogs say: 证照台账, 登记证件, 登记领取, 登记交回.</summary>
internal static class CustodyDialogTexts
{
    public const string LedgerName = "证照台账";
    public const string LedgerHelp = "（证照保管员）查看因私出国（境）证件：谁领取了哪本、何时应交回、哪些已逾期，哪些在柜";
    public const string RegisterName = "登记证件";
    public const string RegisterHelp = "（证照保管员）登记新交存的因私出国（境）证件";
    public const string DrawName = "登记领取";
    public const string DrawHelp = "（证照保管员）登记出行人领取证件";
    public const string ReturnName = "登记交回";
    public const string ReturnHelp = "（证照保管员）确认出行人交回证件";
    public const string Title = "因私出国（境）证照管理";

    public static string NotCustodian(string feature, string custodians) =>
        $"“{feature}”只有证照保管员（{custodians}）可以办理。如需领取或交回证件，请直接联系证照保管员。";

    public const string LedgerEmpty = "证照台账中还没有证件。新交存的证件请发送“登记证件”登记。";
    public static string LedgerSummary(int drawnOut, int overdue, int inCustody) =>
        $"已领取 {drawnOut} 本（其中逾期 {overdue} 本），在柜 {inCustody} 本。";
    public const string DrawnOutHeader = "【已领取】";
    public const string InCustodyHeader = "【在柜】";

    public static string DrawnOutLine(string holder, string document, string trip, DateOnly drawnOn, DateOnly? due, int? overdueDays) =>
        $"• {holder} {document}，备案 {trip}，{Short(drawnOn)}领取，" +
        (due is { } d ? $"应于{Short(d)}前交回" : "待报告实际返回日期") +
        (overdueDays is { } days ? $"【逾期 {days} 天】" : "");

    public static string InCustodyLine(string holder, string document, DateOnly handedInOn) => $"• {holder} {document}（{Short(handedInOn)}交存）";

    public const string AskHolder = "请输入证件持有人的姓名：";
    public const string ExampleHolder = "朱浩然";
    public static string UnknownHolder(string name) => $"名录中没有在职人员“{name}”，请核对后重新输入持有人姓名：";
    public const string ChooseHolder = "名录中有同名人员，请选择持有人：";
    public const string AskType = "证件类型：";
    public const string AskNumber = "证件号码（字母和数字）：";
    public const string ExampleNumber = "E12345678";
    public const string BadNumber = "证件号码应为 5 到 20 位字母或数字，请重新输入：";
    public const string AskHandedIn = "交存日期（今天交存请回复“今天”）：";
    public const string ExampleDate = "今天";
    public const string RegisterReview = "请核对证件信息：";
    public const string RegisterYes = "确认登记";
    public const string RegisterNo = "放弃";
    public const string RegisterDiscarded = "已放弃，未登记证件。";
    public static string Registered(string holder, string document) => $"已登记：{holder}的{document}已交存，在柜保管。";
    public static string Duplicate(string document) => $"证照台账中已有{document}，未重复登记。";
    public const string HolderGone = "该人员已不在名录中，未登记。";

    public const string NoDrawableTrip = "目前没有可领取证件的因私出国（境）备案。";
    public const string ChooseTrip = "请选择出行人的因私出国（境）备案：";
    public static string TripLabel(Filing trip) =>
        $"{FilingTexts.Number(trip)} {trip.Filer?.Name} {trip.EventDate.ToString("M月d日", CultureInfo.InvariantCulture)}出发";
    public static string TripNotDrawable(string trip) => $"备案 {trip} 目前不能领取证件（未批准、已撤回、已办结或已领取）。";
    public static string NoDocument(string traveller) => $"证照台账中没有{traveller}名下在柜的证件。请先“登记证件”，再登记领取。";
    public const string ChooseDocument = "请选择领取的证件：";
    public const string AskDrawnOn = "领取日期（今天领取请回复“今天”）：";
    public static string DrawnRecorded(string traveller, string document, DateOnly drawnOn, int returnDays) =>
        $"已登记：{traveller}于 {DomainNames.Date(drawnOn)} 领取{document}。交回期限为其报告的实际返回日期后 {returnDays} 日，逾期将提醒其本人和您。";
    public const string DocumentUnavailable = "该证件不在柜（已被领取）或不属于该出行人，未登记领取。";

    public const string NoOpenCheckout = "目前没有已领取未交回的证件。";
    public const string ChooseCheckout = "请选择交回的证件：";
    public static string CheckoutLabel(string holder, string document) => $"{holder} {document}";
    public const string CheckoutClosed = "该证件已登记交回，无需再次登记。";
    public const string AskReturnedOn = "交回日期（今天交回请回复“今天”）：";
    public static string ReturnRecorded(string holder, string document, DateOnly returnedOn) =>
        $"已确认：{holder}的{document}已于 {DomainNames.Date(returnedOn)} 交回，在柜保管。";

    private static string Short(DateOnly date) => date.ToString("M月d日", CultureInfo.InvariantCulture);
}
