using System.Globalization;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Understanding;

namespace Lianzheng.Tests.Dialogs.Understanding;

/// <summary>Sentences as staff type them, each with the dialog and the answers it must be read as. Today is Tuesday
/// 2026-12-01. An expectation lists every slot that is filled: 备案/修改/谈话, the kind and whose event by their names,
/// a date, @place, N桌, N人, →destination, ~purpose, 回date (a trip's return), 与name (a talk's other party).</summary>
public sealed class SentenceReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly string[] Names = ["陈晓梅", "吴海燕", "郑立新", "周建国", "朱浩然", "王秀兰", "秦诗涵", "刘建华"];

    private static readonly SentenceReader Reader = new(new ChineseSegmenter());

    public static readonly TheoryData<string, string> Phrasings = Table("""
        我儿子下个月12号结婚，在县城锦江大酒店办10桌 => 备案 婚嫁 子女 2027-01-12 @县城锦江大酒店 10桌
        我儿子下个月12号结婚 => 备案 婚嫁 子女 2027-01-12
        儿子结婚 => 备案 婚嫁 子女
        女儿下周六出嫁 => 备案 婚嫁 子女 2026-12-12
        我下个月结婚 => 备案 婚嫁 本人
        我12月20日结婚，在老家办酒 => 备案 婚嫁 本人 2026-12-20 @老家
        本人定于2027年1月10日举行婚礼 => 备案 婚嫁 本人 2027-01-10
        弟弟元旦结婚 => 备案 婚嫁 兄弟姐妹 2027-01-01
        我妹妹腊月初八出嫁，在镇上办8桌 => 备案 婚嫁 兄弟姐妹 2027-01-15 @镇上 8桌
        儿子腊月初八办婚宴，预计20桌200人 => 备案 婚嫁 子女 2027-01-15 20桌 200人
        女儿正月初六结婚 => 备案 婚嫁 子女 2027-02-11
        儿子春节结婚 => 备案 婚嫁 子女 2027-02-06
        孩子国庆节办婚礼 => 备案 婚嫁 子女 2027-10-01
        结婚 => 备案 婚嫁
        我要结婚了 => 备案 婚嫁 本人
        我要报备结婚 => 备案 婚嫁 本人
        报备儿子婚事 => 备案 婚嫁 子女
        给儿子办婚宴 => 备案 婚嫁 子女
        儿子订婚，下周日在家里请客 => 备案 婚嫁 子女 2026-12-13 @家里
        哥哥下个月3号结婚 => 备案 婚嫁 兄弟姐妹 2027-01-03
        侄子结婚 => 备案 婚嫁 其他亲属
        儿子12月26日结婚，宴请100人 => 备案 婚嫁 子女 2026-12-26 100人
        儿子结婚大概10桌 => 备案 婚嫁 子女
        儿子结婚办十来桌 => 备案 婚嫁 子女
        儿子结婚办十二桌 => 备案 婚嫁 子女 12桌
        儿子结婚10桌左右 => 备案 婚嫁 子女
        女儿结婚在锦江大酒店 => 备案 婚嫁 子女 @锦江大酒店
        女儿结婚锦江大酒店办12桌 => 备案 婚嫁 子女 @锦江大酒店 12桌
        我女儿1月16日在县城国际大酒店出嫁 => 备案 婚嫁 子女 2027-01-16 @县城国际大酒店
        二〇二七年一月十日儿子结婚 => 备案 婚嫁 子女 2027-01-10
        儿子2027.1.10结婚 => 备案 婚嫁 子女 2027-01-10
        儿子1月10号结婚 => 备案 婚嫁 子女 2027-01-10
        儿子明年1月10日结婚 => 备案 婚嫁 子女 2027-01-10
        儿子3天后结婚 => 备案 婚嫁 子女 2026-12-04
        儿子大后天结婚 => 备案 婚嫁 子女 2026-12-04
        儿子月底结婚 => 备案 婚嫁 子女 2026-12-31
        儿子下下周一结婚 => 备案 婚嫁 子女 2026-12-14
        儿子十二月五日结婚 => 备案 婚嫁 子女 2026-12-05
        我父亲去世了 => 备案 丧事 父母
        父亲去世了 => 备案 丧事 父母
        我母亲昨天去世了 => 备案 丧事 父母 2026-11-30
        老母亲前天病逝 => 备案 丧事 父母 2026-11-29
        岳父去世 => 备案 丧事 配偶父母
        婆婆过世了，后天出殡 => 备案 丧事 配偶父母 2026-12-03
        爷爷去世了 => 备案 丧事 其他亲属
        家父今天逝世，在老家办丧事 => 备案 丧事 父母 2026-12-01 @老家
        办丧事 => 备案 丧事
        父亲的葬礼 => 备案 丧事 父母
        奶奶白事 => 备案 丧事 其他亲属
        我爸走了 => 
        孩子考上大学办升学宴 => 备案 其他喜庆事宜 子女
        儿子升学宴下周六在锦江大酒店办6桌 => 备案 其他喜庆事宜 子女 2026-12-12 @锦江大酒店 6桌
        父亲八十大寿办寿宴 => 备案 其他喜庆事宜 父母
        乔迁新居请客 => 备案 其他喜庆事宜
        孙子满月酒 => 备案 其他喜庆事宜 其他亲属
        下周去日本旅游 => 备案 因私出国（境） →日本 ~旅游
        春节想去香港 => 备案 因私出国（境） 2027-02-06 →香港
        春节想去香港玩 => 备案 因私出国（境） 2027-02-06 →香港 ~旅游
        我想去泰国旅游 => 备案 因私出国（境） →泰国 ~旅游
        元旦去韩国首尔 => 备案 因私出国（境） 2027-01-01 →韩国首尔
        1月5日到1月12日去日本东京旅游 => 备案 因私出国（境） 2027-01-05 回2027-01-12 →日本东京 ~旅游
        下个月去美国探亲 => 备案 因私出国（境） →美国 ~探亲
        去澳大利亚看望女儿 => 备案 因私出国（境） →澳大利亚 ~探亲
        出国 => 备案 因私出国（境）
        请假出国 => 备案 因私出国（境）
        因私出国 => 备案 因私出国（境）
        我要出国旅游 => 备案 因私出国（境） ~旅游
        春节期间出境旅游 => 备案 因私出国（境） 2027-02-06 ~旅游
        寒假带孩子去新加坡 => 备案 因私出国（境） →新加坡
        12月20日飞泰国曼谷 => 备案 因私出国（境） 2026-12-20 →泰国曼谷
        国庆去欧洲旅游 => 备案 因私出国（境） 2027-10-01 →欧洲 ~旅游
        去澳门 => 备案 因私出国（境） →澳门
        下周五前往马来西亚 => 备案 因私出国（境） 2026-12-11 →马来西亚
        明年五一去台湾旅游 => 备案 因私出国（境） 2027-05-01 →台湾 ~旅游
        报备出国 => 备案 因私出国（境）
        出境探亲 => 备案 因私出国（境） ~探亲
        下个月3号去越南 => 备案 因私出国（境） 2027-01-03 →越南
        明天和陈晓梅谈话 => 谈话 2026-12-02 与陈晓梅
        今天和陈晓梅谈话 => 谈话 2026-12-01 与陈晓梅
        昨天找陈晓梅谈心 => 谈话 2026-11-30 与陈晓梅
        和吴海燕进行廉政谈话 => 谈话 与吴海燕
        跟郑立新谈话 => 谈话 与郑立新
        上周五与秦诗涵谈话 => 谈话 2026-11-27 与秦诗涵
        刚和刘建华谈完话，记一下谈话 => 谈话 与刘建华
        约谈陈晓梅 => 谈话 与陈晓梅
        记录谈话 => 谈话
        我要记录一次谈话 => 谈话
        对陈晓梅进行提醒谈话 => 谈话 与陈晓梅
        婚期推迟，另行备案 => 修改 婚嫁
        婚期推迟了 => 修改 婚嫁
        儿子婚期推迟到明年 => 修改 婚嫁
        婚礼改期了 => 修改 婚嫁
        婚宴日期提前了 => 修改 婚嫁
        出国行程改期 => 修改 因私出国（境）
        酒席地点变更 => 修改
        修改备案 => 修改
        备案的日期要改到下个月 => 修改
        我想备案 => 备案
        个人事项报备 => 备案
        我要备案结婚的事 => 备案 婚嫁 本人
        我想报备一下 => 备案
        备案表在哪里下载 => 
        母亲七十大寿办寿宴 => 备案 其他喜庆事宜 父母
        女儿百日宴 => 备案 其他喜庆事宜 子女
        暑假去澳洲 => 备案 因私出国（境） →澳洲
        刚和陈晓梅谈完话 => 谈话 与陈晓梅
        本人再婚，不办酒席 => 备案 婚嫁 本人
        请问婚丧喜庆事宜报备的范围 => 
        4月31日儿子结婚 => 备案 婚嫁 子女
        我儿子2027年2月29日结婚 => 备案 婚嫁 子女
        女儿腊月三十结婚 => 备案 婚嫁 子女
        12月12日（周五）儿子结婚 => 备案 婚嫁 子女
        我儿子不结婚了 => 
        周五和陈晓梅谈话了 => 谈话 2026-11-27 与陈晓梅
        取消备案 => 
        离婚了 => 
        今天天气不错 => 
        你好啊 => 
        我想请假 => 
        明天开会 => 
        谢谢 => 
        怎么撤回 => 
        审计组下周进点 => 
        """);

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Reads_a_sentence_as_its_dialog_and_the_answers_it_gives(string sentence, string expected) =>
        Assert.Equal(expected, Describe(Reader.Read(sentence, Today, Names)));

    [Fact]
    public void The_table_holds_at_least_a_hundred_phrasings() => Assert.True(Phrasings.Count >= 100, $"{Phrasings.Count} phrasings");

    private static TheoryData<string, string> Table(string lines)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    private static string Describe(SentenceMeaning? meaning)
    {
        if (meaning is null)
        {
            return "";
        }

        var parts = new List<string>
        {
            meaning.Intent switch { SentenceIntent.File => "备案", SentenceIntent.Amend => "修改", _ => "谈话" },
        };
        var filing = meaning.Filing ?? new FilingPrefill();
        if (filing.Kind is { } kind)
        {
            parts.Add(DomainNames.Of(kind));
        }

        if (filing.Subject is { } subject)
        {
            parts.Add(DomainNames.Of(subject));
        }

        if ((filing.Date ?? meaning.Talk?.Date) is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filing.EndDate is { } end)
        {
            parts.Add("回" + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        AddIf(parts, "@", filing.Place);
        AddIf(parts, "", filing.Tables is { } tables ? tables + "桌" : null);
        AddIf(parts, "", filing.Guests is { } guests ? guests + "人" : null);
        AddIf(parts, "→", filing.Destination);
        AddIf(parts, "~", filing.Purpose);
        AddIf(parts, "与", meaning.Talk?.Person);
        return string.Join(" ", parts);
    }

    private static void AddIf(List<string> parts, string prefix, string? value)
    {
        if (value is not null)
        {
            parts.Add(prefix + value);
        }
    }
}
