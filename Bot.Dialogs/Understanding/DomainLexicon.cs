using Lianzheng.Core.Filings;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Filings;

namespace Lianzheng.Dialogs.Understanding;

/// <summary>The words of the bureau's matters that <see cref="SentenceReader"/> looks for, in one place: what a filing is
/// about and whose it is (<see cref="FilingWords"/>), where people travel, how they say a talk, a change of date, a venue,
/// and the date words the segmenter must keep whole (下个月, 腊月) for <see cref="Prompts.ChineseDateParser"/>.</summary>
internal static class DomainLexicon
{
    /// <summary>Countries and regions people go to, as they name them (a destination is these words as written).</summary>
    public static readonly HashSet<string> Destinations = new(StringComparer.Ordinal)
    {
        "日本", "东京", "大阪", "京都", "北海道", "冲绳", "韩国", "首尔", "济州岛", "朝鲜", "泰国", "曼谷", "普吉岛", "清迈", "新加坡",
        "马来西亚", "吉隆坡", "越南", "岘港", "柬埔寨", "老挝", "缅甸", "印度尼西亚", "印尼", "巴厘岛", "菲律宾", "马尔代夫",
        "斯里兰卡", "尼泊尔", "印度", "蒙古", "俄罗斯", "美国", "纽约", "洛杉矶", "加拿大", "英国", "伦敦", "法国", "巴黎",
        "德国", "意大利", "西班牙", "瑞士", "荷兰", "希腊", "土耳其", "埃及", "阿联酋", "迪拜", "澳大利亚", "悉尼", "新西兰",
        "欧洲", "澳洲", "美洲", "非洲", "东南亚", "日韩", "欧美", "新马泰", "香港", "澳门", "台湾", "港澳", "港澳台", "北欧", "南非", "肯尼亚",
    };

    /// <summary>Why people go abroad, and what the filing records as the purpose.</summary>
    public static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["旅游"] = "旅游", ["旅行"] = "旅游", ["度假"] = "旅游", ["观光"] = "旅游", ["自由行"] = "旅游", ["跟团"] = "旅游", ["玩"] = "旅游",
        ["探亲"] = "探亲", ["看望"] = "探亲", ["探望"] = "探亲", ["看孩子"] = "探亲", ["陪读"] = "探亲", ["就医"] = "就医", ["看病"] = "就医",
    };

    /// <summary>Words that send someone abroad when a destination is named with them: 去日本, 到香港, 飞泰国.</summary>
    public static readonly HashSet<string> TravelVerbs = new(StringComparer.Ordinal) { "去", "到", "前往", "飞", "赴", "出国", "出境", "出发" };

    public static readonly HashSet<string> TalkWords = new(StringComparer.Ordinal)
    {
        "谈话", "谈心", "廉政谈话", "提醒谈话", "约谈", "谈谈", "谈心谈话", "任前谈话", "谈一谈", "聊聊", "谈完话", "谈了话", "谈过话",
    };

    /// <summary>A filed event moved or changed: the filing is amended, not filed anew.</summary>
    public static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "推迟", "延期", "改期", "提前", "延后", "改到", "改为", "改成", "挪到", "另行备案", "修改备案", "更改", "变更",
    };

    public static readonly HashSet<string> ChangedThings = new(StringComparer.Ordinal)
    {
        "婚期", "日期", "时间", "备案", "婚礼", "婚宴", "酒席", "宴席", "地点", "桌数", "行程", "出发",
    };

    /// <summary>What a place ends with: 锦江大酒店, 老家, 村委会.</summary>
    public static readonly string[] VenueEndings =
    [
        "酒店", "饭店", "宾馆", "酒楼", "餐厅", "饭庄", "农家乐", "礼堂", "食堂", "会所", "大厦", "山庄", "酒家", "宴会厅", "家中", "家里",
        "老家", "村委会", "社区", "殡仪馆", "灵堂",
    ];

    /// <summary>Words after a place that end it: 在锦江大酒店办, 在老家举行.</summary>
    public static readonly HashSet<string> PlaceStops = new(StringComparer.Ordinal)
    {
        "办", "举办", "举行", "摆", "摆酒", "设宴", "办酒", "请客", "宴请", "结婚", "订婚", "出嫁", "操办", "大办", "办理", "吃饭", "摆席",
    };

    /// <summary>Words that name the whole subject, not one event: 婚丧喜庆事宜 is a question about the rules, not a 喜庆.</summary>
    public static readonly string[] GeneralWords = ["婚丧喜庆", "婚丧嫁娶", "婚丧喜庆事宜", "红白喜事"];

    /// <summary>Words the segmenter must keep whole: the domain's, and the date words the date parser reads.</summary>
    public static IEnumerable<string> Words =>
        FilingWords.Kinds.Values.SelectMany(w => w)
            .Concat(DomainNames.FilingKinds.Values)
            .Concat(FilingWords.Subjects.Values.SelectMany(w => w))
            .Concat(DomainNames.Subjects.Values)
            .Concat(Destinations).Concat(Purposes.Keys).Concat(TalkWords).Concat(ChangeWords).Concat(ChangedThings)
            .Concat(VenueEndings).Concat(PlaceStops)
            .Concat(DateWords).Concat(GeneralWords)
            .Where(w => w.Length >= 2)
            .Distinct(StringComparer.Ordinal);

    private static readonly string[] DateWords =
    [
        "今天", "明天", "后天", "大后天", "昨天", "前天", "下个月", "下月", "本月", "这个月", "上个月", "下下个月", "下周", "下下周", "本周",
        "这周", "上周", "下星期", "这星期", "下个星期", "下礼拜", "明年", "今年", "去年", "后年", "月底", "年底", "腊月", "正月", "冬月",
        "农历", "阴历", "元旦", "春节", "除夕", "元宵", "元宵节", "端午", "端午节", "中秋", "中秋节", "国庆", "国庆节", "五一", "劳动节",
        "大年初一", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "星期一", "星期二", "星期三", "星期四", "星期五",
        "星期六", "星期日", "星期天", "天后", "天以后", "周后", "个月后",
    ];
}
