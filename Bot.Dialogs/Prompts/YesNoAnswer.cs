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

    /// <summary>What says neither: 不确定 is no 不 before 确定.</summary>
    private static readonly HashSet<string> Unsure = new(StringComparer.Ordinal)
    {
        "不确定", "不知道", "不清楚", "说不好", "不好说", "说不准", "不一定", "不记得", "忘了",
    };

    /// <summary>The answers to a question of fact (有无违反廉洁承诺的行为？ with 有/无): words that agree (好的, 没问题, 可以)
    /// would record a violation, so only these count there.</summary>
    private static readonly HashSet<string> FactYes = new(StringComparer.Ordinal) { "有", "是", "对", "存在", "确实有", "1" };

    private static readonly HashSet<string> FactNo = new(StringComparer.Ordinal)
    {
        "无", "没有", "没", "否", "不是", "不存在", "并没有", "从来没有", "没有过", "绝对没有", "2",
    };

    /// <summary>Prefixes that turn a yes into a no: 不需要, 没邀请, 没有邀请, 未交回, 无需.</summary>
    private static readonly string[] Negations = ["没有", "并没有", "不", "没", "未", "无", "别"];

    /// <param name="byPosition">Whether 1 and 2 name the buttons; not where a typed number is an answer of its own.</param>
    public static bool? Read(string text, string yesLabel, string noLabel, bool byPosition = true)
    {
        var answer = Plain(text);
        // 嗯？, 是吗？: a question back, not an answer.
        if (answer.Length == 0 || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？') || Unsure.Contains(answer))
        {
            return null;
        }

        if (!byPosition && answer.Any(char.IsDigit) && answer != Plain(yesLabel) && answer != Plain(noLabel))
        {
            return null;
        }

        if (yesLabel == "有")
        {
            return answer == Plain(noLabel) || FactNo.Contains(answer) ? false : FactYes.Contains(answer) ? true : null;
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
