namespace Lianzheng.Bot.WeCom;

/// <summary>The error codes of the official WXBizMsgCrypt libraries, kept for logs and tests.</summary>
public enum WeComCryptoError
{
    None = 0,
    SignatureMismatch = -40001,
    ParseFailed = -40002,
    ComputeSignatureFailed = -40003,
    InvalidAesKey = -40004,
    ReceiveIdMismatch = -40005,
    EncryptFailed = -40006,
    DecryptFailed = -40007,
    InvalidBuffer = -40008,
    EncodeBase64Failed = -40009,
    DecodeBase64Failed = -40010,
    GenerateReplyFailed = -40011,
}
