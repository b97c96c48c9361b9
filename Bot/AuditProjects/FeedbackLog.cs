namespace Lianzheng.Bot.AuditProjects;

/// <summary>What the 廉政回访 page logs: refusals only (a stored answer is in the audit trail).</summary>
internal static partial class FeedbackLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "A feedback form (廉政回访) was refused: no valid antiforgery token or submission key (a stale page, or not our form)")]
    public static partial void Stale(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "A feedback form (廉政回访) was refused: its body is over {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "A request to the feedback page (廉政回访) was rate-limited: over {Permits} in {Window} from one address")]
    public static partial void RateLimited(ILogger logger, int permits, TimeSpan window);
}
