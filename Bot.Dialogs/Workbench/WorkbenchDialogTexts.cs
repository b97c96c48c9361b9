namespace Lianzheng.Dialogs.Workbench;

/// <summary>What the 工作台 command says.</summary>
public static class WorkbenchDialogTexts
{
    public const string Name = "工作台";
    public const string Help = "获取网页工作台的登录链接（查看备案台账、我的记录等）";
    public const string Title = "登录工作台";
    public const string Open = "打开工作台";
    public static string Link(string url, int minutes) =>
        $"请在 {minutes} 分钟内打开下面的链接登录工作台。链接只能使用一次，仅限您本人使用，请勿转发：\n{url}";
}
