namespace Lianzheng.Bot.WeCom;

/// <summary>Section "Channels:WeCom": the self-built app (自建应用). The channel is on when CorpId is set.</summary>
public sealed class WeComOptions
{
    public const string SectionName = "Channels:WeCom";

    /// <summary>企业ID (CorpID); also the receive id inside every callback.</summary>
    public string? CorpId { get; set; }

    /// <summary>The app's AgentId.</summary>
    public int AgentId { get; set; }

    /// <summary>The app's Secret, for access tokens.</summary>
    public string? Secret { get; set; }

    /// <summary>接收消息 Token (for signatures).</summary>
    public string? Token { get; set; }

    /// <summary>接收消息 EncodingAESKey: 43 letters and digits.</summary>
    public string? EncodingAESKey { get; set; }

    public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com/cgi-bin";

    /// <summary>Callbacks whose timestamp is older than this are rejected as replays; 0 turns the check off.</summary>
    public int ReplayWindowSeconds { get; set; } = 300;

    /// <summary>Outbox messages go out with WeCom's duplicate check (enable_duplicate_check): within this many seconds
    /// (at most 4 h) an identical request is not delivered again, so a call repeated after a crash reaches nobody twice.</summary>
    public int DuplicateCheckSeconds { get; set; } = 14400;

    public bool Enabled => !string.IsNullOrWhiteSpace(CorpId);
}
