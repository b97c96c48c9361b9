using Lianzheng.Core.AuditProjects;

namespace Lianzheng.Tests.Core;

/// <summary>The audit discipline is the twelve official items, word for word and in their order, with their source
/// (the texts as ../shared/reference/integrity-rules.md gives them).</summary>
public sealed class AuditDisciplineTests
{
    [Fact]
    public void The_four_prohibitions_and_the_eight_bans_are_the_official_items_in_order()
    {
        var (four, eight) = (AuditDiscipline.Rules[0], AuditDiscipline.Rules[1]);
        Assert.Equal("审计“四严禁”工作要求", four.Title);
        Assert.Equal(
        [
            "严禁违反政治纪律和政治规矩，不严格执行请示报告制度。",
            "严禁违反中央八项规定及其实施细则精神。",
            "严禁泄露审计工作秘密。",
            "严禁工作时间饮酒和酒后驾驶机动车。",
        ], four.Items);
        Assert.Equal("审计“八不准”工作纪律", eight.Title);
        Assert.Equal(
        [
            "不准由被审计单位和个人报销或补贴住宿、餐饮、交通、通讯、医疗等费用。",
            "不准接受被审计单位和个人赠送的礼品礼金，或未经批准通过授课等方式获取报酬。",
            "不准参加被审计单位和个人安排的宴请、娱乐、旅游等活动。",
            "不准利用审计工作知悉的国家秘密、商业秘密和内部信息谋取利益。",
            "不准利用审计职权干预被审计单位依法管理的资金、资产、资源的审批或分配使用。",
            "不准向被审计单位推销商品或介绍业务。",
            "不准接受被审计单位和个人的请托干预审计工作。",
            "不准向被审计单位和个人提出任何与审计工作无关的要求。",
        ], eight.Items);
        Assert.All(AuditDiscipline.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void The_full_text_numbers_every_item_under_its_title()
    {
        var lines = AuditDiscipline.FullText().Split('\n');
        Assert.Equal(14, lines.Length);
        Assert.Equal("审计“四严禁”工作要求：", lines[0]);
        Assert.Equal("4. 严禁工作时间饮酒和酒后驾驶机动车。", lines[4]);
        Assert.Equal("审计“八不准”工作纪律：", lines[5]);
        Assert.Equal("8. 不准向被审计单位和个人提出任何与审计工作无关的要求。", lines[13]);
    }
}
