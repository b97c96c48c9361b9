using System.Security.Cryptography;
using System.Text.Json;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Tests.Bot.WeCom;

/// <summary>Every published vector of ../shared/vectors/wecom-crypto.json, and the ways a callback can be wrong.</summary>
public sealed class WeComCryptoTests
{
    public static TheoryData<string> VectorNames() => [.. Vectors().Select(v => v.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Each_vector_verifies_decrypts_and_re_encrypts_byte_for_byte(string name)
    {
        var v = Vector(name);
        var encrypted = v.TryGetProperty("echostr", out var echo) ? echo.GetString()! : v.GetProperty("encrypt").GetString()!;
        var token = v.GetProperty("token").GetString()!;
        Assert.Equal(v.GetProperty("msgSignature").GetString(),
            WeComCrypto.Signature(token, v.GetProperty("timestamp").GetString()!, v.GetProperty("nonce").GetString()!, encrypted));
        if (v.GetProperty("encodingAESKey").ValueKind == JsonValueKind.Null)
        {
            return; // signature-only vector
        }

        var crypto = WeComCrypto.Create(token, v.GetProperty("encodingAESKey").GetString()!, v.GetProperty("receiveId").GetString()!, out var keyError)!;
        Assert.Equal(WeComCryptoError.None, keyError);
        var error = crypto.VerifyAndDecrypt(v.GetProperty("msgSignature").GetString(), v.GetProperty("timestamp").GetString()!,
            v.GetProperty("nonce").GetString()!, encrypted, out var plain);
        Assert.Equal(WeComCryptoError.None, error);
        Assert.Equal(v.GetProperty("expectedPlaintext").GetString(), plain);
        Assert.Equal(encrypted, crypto.Encrypt(plain, Convert.FromHexString(v.GetProperty("random16Hex").GetString()!)));
    }

    [Fact]
    public void A_reply_encrypted_with_random_bytes_decrypts_again_and_is_signed()
    {
        var crypto = Official();
        var xml = crypto.PassiveReply("<xml><Content><![CDATA[已收到 ✅]]></Content></xml>", "1476422779", "1597212914");
        var fields = WeComXml.Fields(xml)!;
        Assert.Equal(WeComCryptoError.None, crypto.VerifyAndDecrypt(fields["MsgSignature"], "1476422779", "1597212914", fields["Encrypt"], out var plain));
        Assert.Equal("<xml><Content><![CDATA[已收到 ✅]]></Content></xml>", plain);
    }

    [Fact]
    public void A_flipped_signature_digit_fails_with_40001()
    {
        var v = Vector("official-weworkapi_python-DecryptMsg");
        var signature = v.GetProperty("msgSignature").GetString()!;
        var flipped = (signature[0] == '0' ? '1' : '0') + signature[1..];
        Assert.Equal(WeComCryptoError.SignatureMismatch, Official().VerifyAndDecrypt(flipped, v.GetProperty("timestamp").GetString()!,
            v.GetProperty("nonce").GetString()!, v.GetProperty("encrypt").GetString()!, out _));
        Assert.Equal(WeComCryptoError.SignatureMismatch, Official().VerifyAndDecrypt(null, "1", "2", "3", out _));
    }

    [Fact]
    public void A_wrong_corp_id_fails_with_40005()
    {
        var v = Vector("official-weworkapi_python-DecryptMsg");
        var crypto = WeComCrypto.Create(v.GetProperty("token").GetString()!, v.GetProperty("encodingAESKey").GetString()!, "ww-someone-else", out _)!;
        Assert.Equal(WeComCryptoError.ReceiveIdMismatch, crypto.Decrypt(v.GetProperty("encrypt").GetString()!, out _));
    }

    [Theory]
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU")] // 42
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUtt")] // 44
    [InlineData("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhU=")] // padding char
    [InlineData("")]
    public void A_key_that_is_not_43_letters_and_digits_fails_with_40004(string key)
    {
        Assert.Null(WeComCrypto.Create("t", key, "ww1", out var error));
        Assert.Equal(WeComCryptoError.InvalidAesKey, error);
    }

    [Fact]
    public void A_bad_padding_byte_fails_with_40008()
    {
        var v = Vector("official-weworkapi_python-DecryptMsg");
        var key = Convert.FromHexString(v.GetProperty("aesKeyHex").GetString()!);
        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(v.GetProperty("encrypt").GetString()!), key.AsSpan(0, 16), PaddingMode.None);
        foreach (var pad in new byte[] { 0, 33, 200 })
        {
            plain[^1] = pad;
            var spoiled = Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
            Assert.Equal(WeComCryptoError.InvalidBuffer, Official().Decrypt(spoiled, out _));
        }
    }

    [Fact]
    public void Truncated_or_garbled_ciphertext_fails_cleanly()
    {
        var encrypted = Vector("official-weworkapi_python-DecryptMsg").GetProperty("encrypt").GetString()!;
        var bytes = Convert.FromBase64String(encrypted);
        Assert.Equal(WeComCryptoError.DecryptFailed, Official().Decrypt(Convert.ToBase64String(bytes[..^5]), out _));
        Assert.NotEqual(WeComCryptoError.None, Official().Decrypt(Convert.ToBase64String(bytes[..^32]), out _));
        Assert.Equal(WeComCryptoError.DecodeBase64Failed, Official().Decrypt("not base64 !!", out _));
        Assert.Equal(WeComCryptoError.DecryptFailed, Official().Decrypt("", out _));
    }

    private static WeComCrypto Official()
    {
        var v = Vector("official-weworkapi_python-DecryptMsg");
        return WeComCrypto.Create(v.GetProperty("token").GetString()!, v.GetProperty("encodingAESKey").GetString()!, v.GetProperty("receiveId").GetString()!, out _)!;
    }

    private static JsonElement Vector(string name) => Vectors().Single(v => v.GetProperty("name").GetString() == name);

    private static JsonElement.ArrayEnumerator Vectors() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vectors", "wecom-crypto.json"))).RootElement.EnumerateArray();
}
