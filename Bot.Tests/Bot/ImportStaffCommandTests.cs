using Lianzheng.Tests.Support;
using System.Text;
using ClosedXML.Excel;
using Lianzheng.Bot.Cli;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Bot;

/// <summary>`dotnet run --project Bot -- import-staff &lt;file&gt;`, run in-process on a database file of its own.</summary>
public sealed class ImportStaffCommandTests
{
    private const string Header = "工号,姓名,股室,角色,分管股室,邮箱,在职";

    private readonly string _database = Support.BotApp.NewDatabasePath();

    // The command runs as Production here, where the import's audit entry needs the trail's key.
    private Task<int> ImportAsync(string file) =>
        CliVerbs.RunAsync(["import-staff", file, "--", $"--ConnectionStrings:Lianzheng=Data Source={_database}", "--Audit:Key=import-staff-test-key-0123456789abcdef"]);

    private async Task<List<Staff>> StaffAsync()
    {
        await using var db = TestDatabase.Open(_database);
        return await db.Staff.Include(s => s.Roles).Include(s => s.Section).OrderBy(s => s.EmployeeNo).ToListAsync();
    }

    private async Task<List<(string Leader, string Section)>> OversightAsync()
    {
        await using var db = TestDatabase.Open(_database);
        return (await db.Oversights.Select(o => new { Leader = o.Leader!.Name, Section = o.Section!.Name }).ToListAsync())
            .Select(o => (o.Leader, o.Section)).OrderBy(o => o.Section).ToList();
    }

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(Path.GetDirectoryName(_database)!, name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    [Fact]
    public async Task A_csv_creates_sections_staff_roles_and_oversight_and_a_second_import_updates_them()
    {
        var first = Write("staff.csv", Header + "\n" +
            "B001,李书记,办公室,党组书记、班子成员,办公室、财政股,,是\n" +
            "B002,赵股长,财政股,股室负责人;审计人员,,Zhao.Gang@Example.CN,是\n" +
            "B003,钱审计,财政股,,,,\n", new UTF8Encoding(true));
        Assert.Equal(0, await ImportAsync(first));

        var staff = await StaffAsync();
        Assert.Equal(["李书记", "赵股长", "钱审计"], staff.Select(s => s.Name));
        Assert.Equal([StaffRole.Auditor, StaffRole.SectionHead], staff[1].Roles.Select(r => r.Role).Order());
        Assert.Equal([StaffRole.Auditor], staff[2].Roles.Select(r => r.Role));
        Assert.Equal("zhao.gang@example.cn", staff[1].Email); // kept in lower case: Teams accounts are found by equality
        Assert.Equal([("李书记", "办公室"), ("李书记", "财政股")], await OversightAsync());

        var second = Write("staff2.csv", Header + "\n" +
            "B001,李书记,办公室,党组书记、班子成员,办公室,,是\n" +
            "B003,钱审计,财政股,审计人员、审计组长,,,否\n", new UTF8Encoding(false));
        Assert.Equal(0, await ImportAsync(second));
        staff = await StaffAsync();
        Assert.Equal(3, staff.Count);
        Assert.False(staff[2].IsActive);
        Assert.Contains(staff[2].Roles, r => r.Role == StaffRole.AuditTeamLeader);
        Assert.Equal([("李书记", "办公室")], await OversightAsync());
    }

    [Fact]
    public async Task A_gb18030_csv_as_excel_saves_it_in_china_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Write("gbk.csv", Header + "\nC001,孙丽华,法规审理股,审计人员,,,是\n", Encoding.GetEncoding("GB18030"));
        Assert.Equal(0, await ImportAsync(file));
        var person = Assert.Single(await StaffAsync());
        Assert.Equal(("孙丽华", "法规审理股"), (person.Name, person.Section!.Name));
    }

    [Fact]
    public async Task An_xlsx_sheet_with_english_headers_is_read()
    {
        var path = Path.Combine(Path.GetDirectoryName(_database)!, "staff.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("名录");
            string[][] rows =
            [
                ["EmployeeNo", "Name", "Section", "Roles", "Oversees"],
                ["D001", "周副局长", "办公室", "班子成员", "经济责任审计股"],
                ["D002", "吴股长", "经济责任审计股", "股室负责人", ""],
            ];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 1, c + 1).Value = rows[r][c];
                }
            }

            workbook.SaveAs(path);
        }

        Assert.Equal(0, await ImportAsync(path));
        Assert.Equal(2, (await StaffAsync()).Count);
        Assert.Equal([("周副局长", "经济责任审计股")], await OversightAsync());
    }

    [Fact]
    public async Task Bad_rows_are_reported_and_nothing_is_imported()
    {
        var file = Write("bad.csv", Header + "\n" +
            "E001,好人,办公室,审计人员,,,是\n" +
            ",无工号,办公室,审计人员,,,是\n" +
            "E003,乱角色,办公室,局长,,,是\n" +
            "E004,乱分管,办公室,审计人员,财政股,,是\n" +
            "E001,重复,办公室,审计人员,,,是\n", new UTF8Encoding(false));
        Assert.Equal(1, await ImportAsync(file));
        Assert.Empty(await StaffAsync());

        var sheet = StaffSheetReader.Read(file);
        var importer = new StaffImporter(null!, null!, null!);
        var result = await importer.ImportAsync(sheet.Headers, sheet.Rows, CancellationToken.None);
        Assert.Equal([3, 4, 5, 6], result.Problems.Select(p => p.RowNumber));
        Assert.Contains("工号为空", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("未知角色“局长”", result.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("没有“班子成员”", result.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("工号 E001 重复出现（首次在第 2 行）", result.Problems[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_a_wrong_type_and_a_missing_column_are_refused()
    {
        Assert.Equal(2, await ImportAsync("/no/such/file.csv"));
        Assert.Equal(2, await ImportAsync(Write("staff.txt", Header, Encoding.UTF8)));
        Assert.Equal(1, await ImportAsync(Write("noname.csv", "工号,股室\nF001,办公室\n", Encoding.UTF8)));
        Assert.Empty(await StaffAsync());
    }
}
