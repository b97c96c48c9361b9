namespace Lianzheng.Bot.WeCom;

/// <summary>gettoken gave no access token: WeCom's error code (-1 when it could not be reached) and why.</summary>
public sealed class WeComTokenException(int errorCode, string message) : Exception(message)
{
    public int ErrorCode { get; } = errorCode;
}
