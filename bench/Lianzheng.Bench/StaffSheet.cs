using System.Globalization;
using System.Text;

namespace Lianzheng.Bench;

/// <summary>A made-up bureau of the given size for the bot's import-staff verb: one leader (also the integrity
/// supervisor) over ten sections, every other person an auditor with an email the fake channel servers can hand back.</summary>
public static class StaffSheet
{
    public static string EmployeeNo(int index) => $"B{index:0000}";

    public static string Email(int index) => $"{EmployeeNo(index).ToLowerInvariant()}@bench-audit.example";

    public static string Name(int index) => $"压测{index:0000}";

    public static string Section(int index) => $"第{index % 10 + 1}审计股";

    public static async Task<string> WriteAsync(string directory, int staff)
    {
        var csv = new StringBuilder("工号,姓名,股室,角色,分管股室,邮箱\n");
        csv.Append(CultureInfo.InvariantCulture, $"{EmployeeNo(0)},{Name(0)},办公室,班子成员、廉政监督员,{string.Join('、', Enumerable.Range(0, 10).Select(Section))},{Email(0)}\n");
        for (var i = 1; i < staff; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{EmployeeNo(i)},{Name(i)},{Section(i)},审计人员,,{Email(i)}\n");
        }

        var path = Path.Combine(directory, "staff.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        return path;
    }
}
