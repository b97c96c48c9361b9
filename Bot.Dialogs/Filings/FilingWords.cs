using Lianzheng.Core.Filings;

namespace Lianzheng.Dialogs.Filings;

/// <summary>The words people use for a filing's kind and whose event it is, besides the names on the buttons: a choice
/// answered 我儿子 or 结婚 is understood as 子女 or 婚嫁.</summary>
internal static class FilingWords
{
    public static readonly IReadOnlyDictionary<FilingKind, string[]> Kinds = new Dictionary<FilingKind, string[]>
    {
        [FilingKind.Wedding] = ["结婚", "婚礼", "婚宴", "喜宴", "办喜酒", "嫁女", "娶亲", "娶媳妇", "出嫁", "婚事", "婚期", "再婚", "订婚", "嫁娶", "婚嫁事宜"],
        [FilingKind.Funeral] = ["丧葬", "去世", "过世", "逝世", "病逝", "丧礼", "葬礼", "白事", "丧事事宜", "办丧事", "出殡"],
        [FilingKind.OtherCelebration] = ["喜庆", "升学宴", "谢师宴", "乔迁", "乔迁宴", "寿宴", "做寿", "祝寿", "大寿", "寿辰", "满月酒", "满月", "百日宴", "周岁宴", "生日宴", "庆典"],
        [FilingKind.TravelAbroad] = ["出国", "出境", "出国境", "出国（境）", "私人出国", "因私出国", "因私出境", "出国旅游", "境外旅游"],
    };

    public static readonly IReadOnlyDictionary<EventSubject, string[]> Subjects = new Dictionary<EventSubject, string[]>
    {
        [EventSubject.Self] = ["我", "自己", "我自己", "我本人", "本人的"],
        [EventSubject.Spouse] = ["爱人", "妻子", "老婆", "丈夫", "老公", "媳妇", "夫人", "对象"],
        [EventSubject.Child] = ["儿子", "女儿", "孩子", "小孩", "儿女", "闺女", "犬子", "小女"],
        [EventSubject.Parent] = ["父亲", "母亲", "爸爸", "妈妈", "爸", "妈", "老父亲", "老母亲", "家父", "家母", "父母亲"],
        [EventSubject.SpouseParent] = ["岳父", "岳母", "岳父母", "公婆", "公公", "婆婆", "丈人", "丈母娘", "老丈人", "爱人的父母", "妻子的父母", "丈夫的父母"],
        [EventSubject.Sibling] = ["哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹", "兄妹", "姐弟"],
        [EventSubject.OtherRelative] = ["亲戚", "亲属", "侄子", "侄女", "外甥", "外甥女", "孙子", "孙女", "外孙", "外孙女", "爷爷", "奶奶", "外公", "外婆"],
    };
}
