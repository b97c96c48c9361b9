using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Texts;

namespace Lianzheng.Core.Travel;

/// <summary>How document custody reads in Chinese: the names of the kinds of document and the notices the custody
/// service sends (the chasers' texts are in the scheduler, the dialogs' beside them).</summary>
public static class TravelTexts
{
    public const string NoticeTitle = "因私出国（境）证照管理";
    public const string DrawLabel = "登记领取";
    public const string ReturnLabel = "登记交回";

    public static string Of(TravelDocumentType type) => DomainNames.Of(type);

    /// <summary>"护照 E*****678" (masked) or "护照 E12345678" (for the custodian).</summary>
    public static string Label(TravelDocument document, bool forCustodian) =>
        $"{Of(document.Type)} {(forCustodian ? document.Number : DocumentNumbers.Mask(document.Number))}";

    public static string Names(IEnumerable<string> names) => string.Join("、", names);

    public static OutboundMessage CollectDocument(string trip, DateOnly departure, string custodians, IReadOnlyList<string> documents) => new(
        documents.Count == 0
            ? $"您的因私出国（境）备案 {trip} 已批准（出发日期 {DomainNames.Date(departure)}）。证照台账中没有您名下的证件，请与证照保管员{custodians}联系，" +
                "办理证件交存后再领取。"
            : $"您的因私出国（境）备案 {trip} 已批准（出发日期 {DomainNames.Date(departure)}）。请到证照保管员{custodians}处领取证件：{Names(documents)}。" +
                "回国（境）后请在“事后报告”中报告实际返回日期，并按期交回证件。",
        NoticeTitle);

    public static OutboundMessage TravellerToCollect(string traveller, string trip, DateOnly departure, DateOnly? back, IReadOnlyList<string> documents) => new(
        documents.Count == 0
            ? $"{traveller}的因私出国（境）备案 {trip} 已批准（出发 {DomainNames.Date(departure)}），但证照台账中没有其名下的证件，请先“登记证件”。"
            : $"{traveller}的因私出国（境）备案 {trip} 已批准（出发 {DomainNames.Date(departure)}" +
                (back is { } b ? $"，计划返回 {DomainNames.Date(b)}" : "") + $"），将来领取证件：{Names(documents)}。领取时请点击“{DrawLabel}”。",
        NoticeTitle);

    public static OutboundMessage Drawn(string document, string trip, DateOnly drawnOn, int returnDays) => new(
        $"证照保管员已登记：您于 {DomainNames.Date(drawnOn)} 领取了{document}（备案 {trip}）。回国（境）后请在“事后报告”中报告实际返回日期，" +
            $"并于返回后 {returnDays} 日内将证件交回证照保管员。",
        NoticeTitle);

    public static OutboundMessage Returned(string document, DateOnly returnedOn) => new(
        $"证照保管员已确认：您的{document}已于 {DomainNames.Date(returnedOn)} 交回，谢谢配合。", NoticeTitle);

    public static OutboundMessage WithdrawnWhileOut(string traveller, string trip, string document, DateOnly due) => new(
        $"{traveller}撤回了因私出国（境）备案 {trip}，其已领取的{document}尚未交回，应于 {DomainNames.Date(due)} 前交回。交回时请点击“{ReturnLabel}”。",
        NoticeTitle);

    /// <summary>Said to the traveller after his withdrawal: the document he drew out still goes back.</summary>
    public static string StillToReturn(string document, string custodians, DateOnly due) =>
        $"请注意：您为该次出行领取的{document}仍须交回。请于 {DomainNames.Date(due)} 前交回证照保管员{custodians}，逾期将提醒您并告知分管领导。";
}
