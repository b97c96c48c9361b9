using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Lianzheng.Bot.WeCom;

/// <summary>WeCom callback crypto, compatible with WXBizMsgCrypt: SHA1 signature over the ordinally sorted token,
/// timestamp, nonce and ciphertext; AES-256-CBC with IV = key[0..16) and PKCS#7 padding to 32-byte blocks (done here:
/// .NET's PKCS7 mode pads to the 16-byte AES block and rejects WeCom's pads of 17..32); the plaintext is random(16) |
/// length (big-endian) | message | receive id. Nothing here throws on bad input: every failure is an error code.</summary>
public sealed class WeComCrypto
{
    private const int PadBlock = 32;
    private readonly byte[] _key;
    private readonly string _token;
    private readonly string _receiveId;

    private WeComCrypto(byte[] key, string token, string receiveId)
    {
        _key = key;
        _token = token;
        _receiveId = receiveId;
    }

    /// <summary>Null with <see cref="WeComCryptoError.InvalidAesKey"/> unless the EncodingAESKey is 43 characters that
    /// decode to 32 bytes.</summary>
    public static WeComCrypto? Create(string token, string encodingAesKey, string receiveId, out WeComCryptoError error)
    {
        error = WeComCryptoError.InvalidAesKey;
        if (encodingAesKey is not { Length: 43 } || encodingAesKey.Any(c => !char.IsAsciiLetterOrDigit(c)))
        {
            return null;
        }

        var key = new byte[33];
        if (!Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) || written != 32)
        {
            return null;
        }

        error = WeComCryptoError.None;
        return new WeComCrypto(key[..32], token, receiveId);
    }

    public static string Signature(string token, string timestamp, string nonce, string encrypted)
    {
        string[] parts = [token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // WeCom's msg_signature is SHA1 by protocol; it authenticates, the AES key keeps the content secret.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }

    public bool SignatureMatches(string? signature, string timestamp, string nonce, string encrypted) =>
        signature is { Length: 40 }
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(signature.ToLowerInvariant()), Encoding.ASCII.GetBytes(Signature(_token, timestamp, nonce, encrypted)));

    /// <summary>Checks the signature, decrypts and checks the receive id; the message, or why not.</summary>
    public WeComCryptoError VerifyAndDecrypt(string? signature, string timestamp, string nonce, string encrypted, out string message)
    {
        message = "";
        return !SignatureMatches(signature, timestamp, nonce, encrypted) ? WeComCryptoError.SignatureMismatch : Decrypt(encrypted, out message);
    }

    public WeComCryptoError Decrypt(string encrypted, out string message)
    {
        message = "";
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted);
        }
        catch (FormatException)
        {
            return WeComCryptoError.DecodeBase64Failed;
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            return WeComCryptoError.DecryptFailed;
        }

        byte[] plain;
        try
        {
            using var aes = Aes.Create();
            aes.Key = _key;
            plain = aes.DecryptCbc(cipher, _key.AsSpan(0, 16), PaddingMode.None);
        }
        catch (CryptographicException)
        {
            return WeComCryptoError.DecryptFailed;
        }

        int pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept((byte)pad))
        {
            return WeComCryptoError.InvalidBuffer;
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20)
        {
            return WeComCryptoError.InvalidBuffer;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(content.Slice(16, 4));
        if (length > content.Length - 20)
        {
            return WeComCryptoError.InvalidBuffer;
        }

        var receiveId = content[(20 + (int)length)..];
        if (!receiveId.SequenceEqual(Encoding.UTF8.GetBytes(_receiveId)))
        {
            return WeComCryptoError.ReceiveIdMismatch;
        }

        message = Encoding.UTF8.GetString(content.Slice(20, (int)length));
        return WeComCryptoError.None;
    }

    /// <summary>Encrypts a message for a passive reply; <paramref name="random16"/> only for byte-exact tests.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random16 = default)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var receiveId = Encoding.UTF8.GetBytes(_receiveId);
        var length = 16 + 4 + body.Length + receiveId.Length;
        var pad = PadBlock - (length % PadBlock);
        var plain = new byte[length + pad];
        if (random16.Length == 16)
        {
            random16.CopyTo(plain);
        }
        else
        {
            RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        }

        BinaryPrimitives.WriteUInt32BigEndian(plain.AsSpan(16, 4), (uint)body.Length);
        body.CopyTo(plain, 20);
        receiveId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The encrypted, signed XML of a passive reply.</summary>
    public string PassiveReply(string message, string timestamp, string nonce)
    {
        var encrypted = Encrypt(message);
        return $"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt><MsgSignature><![CDATA[{Signature(_token, timestamp, nonce, encrypted)}]]></MsgSignature>"
            + $"<TimeStamp>{timestamp}</TimeStamp><Nonce><![CDATA[{nonce}]]></Nonce></xml>";
    }
}
