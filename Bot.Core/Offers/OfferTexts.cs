using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;

namespace Lianzheng.Core.Offers;

/// <summary>What the bot says about declined offers (拒收礼金和请托登记), to the member and in the supervisor's notice.</summary>
public static class OfferTexts
{
    public static readonly IReadOnlyDictionary<OfferKind, string> Kinds = new Dictionary<OfferKind, string>
    {
        [OfferKind.GiftMoney] = "礼金（现金、红包、购物卡等）",
        [OfferKind.Gift] = "礼品",
        [OfferKind.Banquet] = "宴请、娱乐或旅游",
        [OfferKind.Request] = "请托（说情、打招呼）",
    };

    public static readonly IReadOnlyDictionary<OfferHandling, string> Handlings = new Dictionary<OfferHandling, string>
    {
        [OfferHandling.Refused] = "当场拒绝",
        [OfferHandling.Returned] = "退还",
        [OfferHandling.HandedIn] = "上交",
        [OfferHandling.Registered] = "登记",
    };

    public const string ReadLabel = "已阅";

    public static string Number(DeclinedOffer offer) => $"登记 #{offer.Id}";

    public static string Title(DeclinedOffer offer) => offer.Kind == OfferKind.Request ? "请托登记" : "拒收登记";

    public static string Value(int? value) => value is > 0
        ? value.Value.ToString("N0", CultureInfo.InvariantCulture) + " 元"
        : "未估价";

    public static List<Fact> Facts(DeclinedOffer offer, string? projectName)
    {
        var facts = new List<Fact>
        {
            new("类别", Kinds[offer.Kind]),
            new("提出方", offer.OfferedBy),
            new(offer.Kind == OfferKind.Request ? "请托事项" : "内容", offer.Description),
        };
        if (offer.Kind != OfferKind.Request)
        {
            facts.Add(new("估计价值", Value(offer.EstimatedValue)));
        }

        facts.Add(new("日期", DomainNames.Date(offer.OfferedOn)));
        facts.Add(new("处理方式", Handlings[offer.Handling]));
        if (projectName is not null)
        {
            facts.Add(new("相关审计项目", projectName));
        }

        return facts;
    }

    public static OutboundMessage Notice(Staff member, DeclinedOffer offer, string? projectName) => new(
        $"{member.Name}（{member.Section?.Name ?? "本局"}）登记了一次{(offer.Kind == OfferKind.Request ? "拒绝请托" : "拒收")}（{Number(offer)}），请知悉。",
        Title(offer), Facts(offer, projectName));
}
