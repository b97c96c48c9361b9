using Lianzheng.Core.Filings;
using Lianzheng.Core.Travel;

namespace Lianzheng.Core.Personnel;

/// <summary>A fictional county audit bureau for Development: every name here is made up.</summary>
public static class DemoBureau
{
    private static readonly string[] Header = ["工号", "姓名", "股室", "角色", "分管股室", "邮箱"];

    // 工号, 姓名, 股室, 角色, 分管股室
    private static readonly string[][] People =
    [
        ["A001", "周建国", "办公室", "党组书记、班子成员", "办公室、法规审理股"],
        ["A002", "吴海燕", "办公室", "班子成员", "财政审计股、经济责任审计股"],
        ["A003", "郑立新", "办公室", "班子成员", "固定资产投资审计股、社会保障审计股"],
        ["A004", "王秀兰", "办公室", "廉政监督员、股室负责人", ""],
        ["A005", "冯志强", "法规审理股", "股室负责人、审计人员", ""],
        ["A006", "陈晓梅", "财政审计股", "股室负责人、审计组长、审计人员", ""],
        ["A007", "褚宏伟", "经济责任审计股", "股室负责人、审计组长、审计人员", ""],
        ["A008", "卫丽娟", "固定资产投资审计股", "股室负责人、审计组长、审计人员", ""],
        ["A009", "蒋文博", "社会保障审计股", "股室负责人、审计人员", ""],
        ["A010", "沈佳怡", "办公室", "审计人员", ""],
        ["A011", "韩明轩", "法规审理股", "审计人员", ""],
        ["A012", "杨雨萱", "法规审理股", "审计人员", ""],
        ["A013", "朱浩然", "财政审计股", "审计人员", ""],
        ["A014", "秦诗涵", "财政审计股", "审计人员", ""],
        ["A015", "尤子轩", "财政审计股", "审计人员", ""],
        ["A016", "许梓萌", "经济责任审计股", "审计人员", ""],
        ["A017", "何俊杰", "经济责任审计股", "审计人员", ""],
        ["A018", "吕欣怡", "经济责任审计股", "审计人员", ""],
        ["A019", "施宇航", "固定资产投资审计股", "审计人员", ""],
        ["A020", "张思远", "固定资产投资审计股", "审计人员", ""],
        ["A021", "孔婉清", "固定资产投资审计股", "审计人员", ""],
        ["A022", "曹振华", "社会保障审计股", "审计人员", ""],
        ["A023", "严若曦", "社会保障审计股", "审计人员", ""],
        ["A024", "华子豪", "社会保障审计股", "审计人员", ""],
        ["A025", "金雅琴", "办公室", "审计人员", ""],
        ["A026", "魏博文", "财政审计股", "审计人员", ""],
        ["B001", "孙正平", "", "派驻纪检监察组", ""],
    ];

    /// <summary>Travel documents in the custodian's keeping (工号, kind, a made-up number), so that a trip can draw one out.</summary>
    public static IReadOnlyList<(string EmployeeNo, TravelDocumentType Type, string Number)> Documents { get; } =
    [
        ("A013", TravelDocumentType.Passport, "E00000013"),
    ];

    public static IReadOnlyList<string> Headers => Header;

    public static IReadOnlyList<StaffSheetRow> Rows =>
        People.Select((p, i) => new StaffSheetRow(i + 2, new Dictionary<string, string>
        {
            ["EmployeeNo"] = p[0],
            ["Name"] = p[1],
            ["Section"] = p[2],
            ["Roles"] = p[3],
            ["Oversees"] = p[4],
            ["Email"] = $"{p[0].ToLowerInvariant()}@demo-audit.example",
        })).ToList();
}
