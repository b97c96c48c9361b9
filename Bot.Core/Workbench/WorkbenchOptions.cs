using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Workbench;

/// <summary>Section "Workbench": signing in to the 工作台.</summary>
public sealed class WorkbenchOptions
{
    public const string SectionName = "Workbench";

    /// <summary>How long a sign-in link from chat stays valid (it works once in any case).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00",
        ErrorMessage = "Workbench:TicketLifetime must be between 00:01:00 and 01:00:00. Workbench:TicketLifetime（登录链接有效期）须在 1 到 60 分钟之间。")]
    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a session lasts without use (sliding: each request renews it).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00",
        ErrorMessage = "Workbench:SessionLifetime must be between 00:05:00 and 1.00:00:00. Workbench:SessionLifetime（会话有效期）须在 5 分钟到 24 小时之间。")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
