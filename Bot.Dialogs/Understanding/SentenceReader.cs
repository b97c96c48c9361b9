using Lianzheng.Core.Filings;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Talks;

namespace Lianzheng.Dialogs.Understanding;

/// <summary>Reads one sentence typed with nothing open — 我儿子下个月12号结婚，在县城锦江大酒店办10桌 — as the dialog it
/// asks for and the answers it already gives, over the words <see cref="ChineseSegmenter"/> cuts it into. Every rule of
/// what a sentence means is here, each over whole words (so 取消备案 is not 备案 and 离婚 is not 结婚); the vocabularies are
/// in <see cref="DomainLexicon"/>. What is doubtful is left out, to be asked: the dialog's own questions check it.</summary>
public sealed class SentenceReader(ChineseSegmenter segmenter)
{
    private const int MaxSentenceLength = 200;
    private const int MaxDateLength = 16;
    private const int MaxPlaceWords = 4;

    private static readonly HashSet<string> FileWords = new(StringComparer.Ordinal) { "备案", "报备", "个人事项", "登记" };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "不", "没", "没有", "不再", "别", "未", "不用", "不会" };

    private static readonly HashSet<string> WishWords = new(StringComparer.Ordinal) { "我要", "我想", "想要", "需要", "一下", "一个", "办理", "个人", "事项" };

    private static readonly HashSet<string> SelfWords = new(StringComparer.Ordinal) { "本人", "自己", "我自己", "本人的" };

    /// <summary>Words that take something back: 取消备案, 撤回备案 are no new filing (撤回 is in 我的备案).</summary>
    private static readonly HashSet<string> TakeBackWords = new(StringComparer.Ordinal) { "取消", "撤回", "撤销", "删除", "作废" };

    private static readonly HashSet<string> ApproximateWords = new(StringComparer.Ordinal)
    {
        "大概", "大约", "约", "差不多", "左右", "上下", "估计", "可能", "将近", "不到", "不超过", "最多",
    };

    /// <summary>Words that belong to no place: 在锦江大酒店 is a place, 我的 is not part of one.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "的", "了", "在", "于", "和", "与", "跟", "给", "为", "我", "要", "想", "准备", "打算", "计划", "将", "会", "是", "就", "也", "还",
        "请", "那", "这", "一下", "家", "我们", "他", "她", "吧", "啊",
    };

    public SentenceMeaning? Read(string text, DateOnly today, IReadOnlyCollection<string> names)
    {
        if (text.Length is < 2 or > MaxSentenceLength)
        {
            return null;
        }

        var words = segmenter.Cut(text, names);
        if (words.Any(TakeBackWords.Contains))
        {
            return null;
        }

        // 儿子不结婚了: a kind word denied is no filing.
        var kind = words.Select((w, i) => i > 0 && Negations.Contains(words[i - 1]) ? null : KindOf(w)).FirstOrDefault(k => k is not null);
        if (kind is null && words.Select((w, i) => i > 0 && Negations.Contains(words[i - 1]) && KindOf(w) is not null).Any(d => d))
        {
            return null;
        }
        var destination = Destination(words);
        if (kind is null && destination is not null && words.Any(IsTravelWord))
        {
            kind = FilingKind.TravelAbroad;
        }

        if (words.Any(DomainLexicon.ChangeWords.Contains)
            && (words.Any(DomainLexicon.ChangedThings.Contains) || kind is not null || words.Contains("另行备案") || words.Contains("修改备案")))
        {
            return new SentenceMeaning(SentenceIntent.Amend, new FilingPrefill { Kind = kind });
        }

        if (words.Any(DomainLexicon.TalkWords.Contains))
        {
            // A talk is recorded after it was held: 周五 is the last one.
            var talkDate = Dates(text, words, today, DatePreference.Past).FirstOrDefault();
            return new SentenceMeaning(SentenceIntent.Talk, Talk: new TalkStart(words.FirstOrDefault(names.Contains), talkDate?.Date));
        }

        if (kind is null)
        {
            // 我想备案, 个人事项报备: nothing but the wish to file; 备案表在哪里下载 asks something else.
            return words.Any(FileWords.Contains) && words.All(w => FileWords.Contains(w) || FunctionWords.Contains(w) || WishWords.Contains(w))
                ? new SentenceMeaning(SentenceIntent.File, new FilingPrefill())
                : null;
        }

        var dates = Dates(text, words, today, kind == FilingKind.Funeral ? DatePreference.Nearest : DatePreference.Future);
        var first = dates.FirstOrDefault();
        if (kind == FilingKind.TravelAbroad)
        {
            return new SentenceMeaning(SentenceIntent.File, new FilingPrefill
            {
                Kind = kind,
                Destination = destination,
                Purpose = Purpose(words),
                Date = first?.Date,
                DateFromLunar = first?.FromLunar ?? false,
                EndDate = dates.Count > 1 && dates[1].Date > first!.Date ? dates[1].Date : null,
            });
        }

        return new SentenceMeaning(SentenceIntent.File, new FilingPrefill
        {
            Kind = kind,
            Subject = Subject(words),
            Date = first?.Date,
            DateFromLunar = first?.FromLunar ?? false,
            Place = Place(words, today),
            Tables = Count(words, "桌"),
            Guests = Count(words, "人"),
        });
    }

    /// <summary>去, 前往, 旅游 — also a verb the segmenter joined to the date before it (12月20日飞泰国: 日飞).</summary>
    private static bool IsTravelWord(string word) =>
        DomainLexicon.TravelVerbs.Contains(word) || DomainLexicon.Purposes.ContainsKey(word)
        || (word.Length == 2 && word[0] is '日' or '号' && DomainLexicon.TravelVerbs.Contains(word[1..]));

    private static FilingKind? KindOf(string word)
    {
        foreach (var (kind, synonyms) in FilingWords.Kinds)
        {
            if (synonyms.Contains(word, StringComparer.Ordinal) || DomainNames.FilingKinds[kind] == word)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whose event: a relation named (我儿子 → 子女), else 本人 when the speaker speaks of himself.</summary>
    private static EventSubject? Subject(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            foreach (var (subject, synonyms) in FilingWords.Subjects)
            {
                if (subject != EventSubject.Self && (synonyms.Contains(word, StringComparer.Ordinal) || DomainNames.Subjects[subject] == word))
                {
                    return subject;
                }
            }
        }

        // 我, 我要, 我想: the speaker (but 我们 is not one person).
        return words.Any(w => SelfWords.Contains(w) || (w.StartsWith('我') && !w.StartsWith("我们", StringComparison.Ordinal)))
            ? EventSubject.Self
            : null;
    }

    /// <summary>Why one goes abroad: 旅游, also at the end of a word (出国旅游).</summary>
    private static string? Purpose(IReadOnlyList<string> words) =>
        words.Select(w => DomainLexicon.Purposes.FirstOrDefault(p => w == p.Key || (p.Key.Length >= 2 && w.EndsWith(p.Key, StringComparison.Ordinal))).Value)
            .FirstOrDefault(p => p is not null);

    /// <summary>The dates in the sentence, left to right: from the start of each word, the longest stretch of text the
    /// date parser reads. A date starts where a word starts but may end inside one, since the segmenter joins a date's
    /// last character to a word it does not know (12月20日飞泰国 is cut 12/月/20/日飞/泰国).</summary>
    private static List<DateReading> Dates(string text, IReadOnlyList<string> words, DateOnly today, DatePreference preference)
    {
        var found = new List<DateReading>();
        var starts = WordStarts(text, words);
        var covered = 0;
        foreach (var start in starts.Where(s => s >= 0))
        {
            if (start < covered)
            {
                continue;
            }

            for (var length = Math.Min(MaxDateLength, text.Length - start); length >= 2; length--)
            {
                var reading = ChineseDateParser.Read(text.Substring(start, length), today, preference);
                if (reading.Date is null && reading.Problem is null)
                {
                    continue;
                }

                // An impossible date (4月31日, 腊月三十 of a short 腊月) is no date, not the shorter one inside it (4月3日):
                // its question will be asked.
                if (reading.Date is not null)
                {
                    found.Add(reading);
                }

                covered = start + length;
                break;
            }
        }

        return found;
    }

    /// <summary>Where each word begins in the text (the segmenter drops spaces, so each is looked for after the last).</summary>
    private static List<int> WordStarts(string text, IReadOnlyList<string> words)
    {
        var starts = new List<int>(words.Count);
        var at = 0;
        foreach (var word in words)
        {
            var found = text.IndexOf(word, at, StringComparison.Ordinal);
            starts.Add(found);
            if (found >= 0)
            {
                at = found + word.Length;
            }
        }

        return starts;
    }

    private static string? Destination(IReadOnlyList<string> words)
    {
        var start = words.ToList().FindIndex(DomainLexicon.Destinations.Contains);
        if (start < 0)
        {
            return null;
        }

        var run = words.Skip(start).TakeWhile(DomainLexicon.Destinations.Contains);
        return string.Concat(run);
    }

    /// <summary>Where: the words after 在 up to what is done there (在县城锦江大酒店办 → 县城锦江大酒店), else a venue's
    /// name (锦江大酒店) with the words just before it that are part of it.</summary>
    private static string? Place(IReadOnlyList<string> words, DateOnly today)
    {
        var at = words.ToList().FindIndex(w => w is "在" or "于");
        if (at >= 0)
        {
            var place = string.Concat(words.Skip(at + 1).TakeWhile(w => IsPlaceWord(w, today)).Take(MaxPlaceWords));
            if (place.Length >= 2)
            {
                return place;
            }
        }

        var venue = words.ToList().FindIndex(w => DomainLexicon.VenueEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)));
        if (venue < 0)
        {
            return null;
        }

        var first = venue;
        while (first > 0 && venue - first < MaxPlaceWords - 1 && IsPlaceWord(words[first - 1], today))
        {
            first--;
        }

        return string.Concat(words.Skip(first).Take(venue - first + 1));
    }

    private static bool IsPlaceWord(string word, DateOnly today) =>
        !DomainLexicon.PlaceStops.Contains(word) && !FunctionWords.Contains(word) && KindOf(word) is null
        && !word.Any(c => char.IsPunctuation(c) || char.IsDigit(c)) && ChineseQuantity.Read(word) is null
        && ChineseDateParser.Read(word, today).Date is null && !DomainLexicon.Destinations.Contains(word)
        && !FilingWords.Subjects.Values.Any(s => s.Contains(word, StringComparer.Ordinal));

    /// <summary>A count in the unit asked (10桌, 一百二十人); none when it is an approximation (十来桌, 大概10桌).</summary>
    private static int? Count(IReadOnlyList<string> words, string unit)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var text in new[] { words[i] + (i + 1 < words.Count ? words[i + 1] : ""), words[i] })
            {
                if (ChineseQuantity.Read(text) is { Unit: { } written } quantity && ChineseQuantity.IsSameKind(written, unit))
                {
                    var approximate = quantity.Approximate || (i > 0 && ApproximateWords.Contains(words[i - 1]))
                        || (i + 2 < words.Count && ApproximateWords.Contains(words[i + 2]));
                    return approximate || quantity.Value < 0 ? null : quantity.Value;
                }
            }
        }

        return null;
    }
}
