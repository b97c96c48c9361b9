using System.Text.RegularExpressions;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Reads a yes or a no the ways people give one in Chinese chat: 是/否 and 是的/不是, 需要/不需要, 有/没有,
/// 要/不要, 对/不对, 好/好的/可以/行/同意, 邀请了/没邀请/不邀请, 保存/不保存 — and, generally, a no as 不/没/没有/未/无/别
/// before any yes word or before the yes button's label; 1 and 2 by their place among the buttons (是 first).</summary>
internal static partial class YesNoAnswer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "是", "对", "好", "行", "可以", "可", "要", "需要", "有", "同意", "确认", "确定", "提交", "保存", "邀请", "交回", "已交回",
        "没问题", "没错", "正确", "当然", "肯定", "必须", "嗯", "嗯嗯", "恩", "ok", "okay", "y", "yes", "好嘞", "中", "成", "有的",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "否", "不", "不是", "没", "没有", "无", "不要", "不用", "不需要", "不必", "无需", "没必要", "不对", "错", "不行", "不可以",
        "不同意", "别", "算了", "算", "未交回", "n", "no", "没呢", "并没有", "不会",
    };

    /// <summary>Prefixes that turn a yes into a no: 不需要, 没邀请, 没有邀请, 未交回, 无需.</summary>
    private static readonly string[] Negations = ["没有", "并没有", "不", "没", "未", "无", "别"];

    public static bool? Read(string text, string yesLabel, string noLabel)
    {
        var answer = Plain(text);
        // 嗯？, 是吗？: a question back, not an answer.
        if (answer.Length == 0 || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？'))
        {
            return null;
        }

        if (answer == Plain(yesLabel) || answer is "1" or "一" or "第一个" or "第1个")
        {
            return true;
        }

        if (answer == Plain(noLabel) || answer is "2" or "二" or "第二个" or "第2个")
        {
            return false;
        }

        if (No.Contains(answer))
        {
            return false;
        }

        if (Yes.Contains(answer))
        {
            return true;
        }

        foreach (var negation in Negations)
        {
            if (answer.StartsWith(negation, StringComparison.Ordinal) && answer.Length > negation.Length)
            {
                var rest = answer[negation.Length..];
                if (Yes.Contains(rest) || rest == Plain(yesLabel))
                {
                    return false;
                }
            }
        }

        return null;
    }

    /// <summary>Lower case, no spaces, no closing punctuation, no particles (好的 → 好, 邀请了 → 邀请, 嗯，是的 → 是).</summary>
    private static string Plain(string text)
    {
        var answer = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);
        answer = Closing().Replace(answer, "");
        var opened = Opening().Replace(answer, "");
        return opened.Length > 0 ? opened : answer;
    }

    [GeneratedRegex(@"(?<=.)(?:[的了啊呀吧哦呢嘛哈]|[。.！!，,~～？?]|👌|👍)+$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(?:嗯|恩|哦|噢|好)[，,、]")]
    private static partial Regex Opening();
}
