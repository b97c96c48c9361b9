namespace Lianzheng.Bot.AuditProjects;

/// <summary>What the 廉政回访 page logs: refusals only (a stored answer is in the audit trail).</summary>
internal static partial class FeedbackLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "A feedback form (廉政回访) was refused: no valid antiforgery token or submission key (a stale page, or not our form)")]
    public static partial void Stale(ILogger logger);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "A feedback form (廉政回访) was refused: its body is over {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, int maxBytes);
}
