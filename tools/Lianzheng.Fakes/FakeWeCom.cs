using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lianzheng.Fakes;

/// <summary>WeCom's side on 127.0.0.1, written for the tests and benchmarks: the server API (gettoken, message/send,
/// update_template_card, the directory, auth/getuserinfo) recording what the bot calls, the callbacks WeCom would post
/// to the bot, encrypted and signed as WeCom does it, and the two sign-in pages (网页授权 and 扫码登录), which send the
/// browser back with a code for <see cref="SignedInMember"/>.</summary>
public sealed class FakeWeCom : IAsyncDisposable
{
    public const string CorpId = "ww-fake-bureau";
    public const int AgentId = 1000002;
    public const string Secret = "app-secret";
    public const string Token = "CallbackToken1";
    public const string EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private readonly WebApplication _app;
    private int _tokensIssued;
    private int _messageIds;
    private int _expireNext;

    private FakeWeCom(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string ApiBaseUrl => BaseUrl + "/cgi-bin";

    public int TokensIssued => _tokensIssued;

    public string CurrentToken => $"token-{_tokensIssued}";

    /// <summary>Every message/send body, with the token it came with.</summary>
    public ConcurrentQueue<(JsonObject Body, string Token)> Sent { get; } = new();

    public ConcurrentQueue<JsonObject> CardUpdates { get; } = new();

    /// <summary>Userids message/send reports as invalid.</summary>
    public ConcurrentDictionary<string, bool> InvalidUsers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Departments and members the directory calls return.</summary>
    public List<(int Id, string Name, int ParentId)> Departments { get; } = [(1, "县审计局", 0)];

    public List<(string UserId, string Name, int[] Departments)> Members { get; } = [];

    /// <summary>When false the API keeps counts only (for long benchmark runs).</summary>
    public bool RecordCalls { get; set; } = true;

    /// <summary>How many userids message/send was called for, in all.</summary>
    public long RecipientsSent => Interlocked.Read(ref _recipientsSent);

    private long _recipientsSent;
    private long _sendCalls;

    /// <summary>How many message/send calls were accepted.</summary>
    public long SendCalls => Interlocked.Read(ref _sendCalls);

    /// <summary>How long message/send waits, after it has taken and delivered a message, before it answers (a bot
    /// killed meanwhile never learns that WeCom took the call).</summary>
    public TimeSpan SendAnswerDelay { get; set; }

    /// <summary>Requests not delivered again because WeCom's duplicate check recognised them (enable_duplicate_check).</summary>
    public int DuplicatesSuppressed => _duplicatesSuppressed;

    private int _duplicatesSuppressed;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _recentRequests = new(StringComparer.Ordinal);

    /// <summary>How many messages each userid was sent (counted also when <see cref="RecordCalls"/> is false).</summary>
    public ConcurrentDictionary<string, int> MessagesPerUser { get; } = new(StringComparer.Ordinal);

    /// <summary>Whom WeCom's sign-in pages sign in (the member in the app, or who scanned the QR code).</summary>
    public string? SignedInMember { get; set; }

    /// <summary>Every query the sign-in pages were opened with, 网页授权 and 扫码登录 alike.</summary>
    public ConcurrentQueue<IQueryCollection> SignInRequests { get; } = new();

    /// <summary>Codes handed out by the sign-in pages, each good for one auth/getuserinfo.</summary>
    private readonly ConcurrentDictionary<string, string> _codes = new(StringComparer.Ordinal);

    public Dictionary<string, string> BotSettings() => new()
    {
        ["Workbench:WeCom:AuthorizeUrl"] = BaseUrl + "/connect/oauth2/authorize",
        ["Workbench:WeCom:WebLoginUrl"] = BaseUrl + "/wwlogin/sso/login",
        ["Channels:WeCom:CorpId"] = CorpId,
        ["Channels:WeCom:AgentId"] = AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Channels:WeCom:Secret"] = Secret,
        ["Channels:WeCom:Token"] = Token,
        ["Channels:WeCom:EncodingAESKey"] = EncodingAesKey,
        ["Channels:WeCom:ApiBaseUrl"] = ApiBaseUrl,
        ["Channels:WeCom:ReplayWindowSeconds"] = "300",
    };

    /// <summary>The next API call with the current token is answered 42001 (expired), as WeCom may do early.</summary>
    public void ExpireTokenOnNextCall() => Interlocked.Exchange(ref _expireNext, 1);

    public static async Task<FakeWeCom> StartAsync()
    {
        FakeWeCom? fake = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/cgi-bin/gettoken", (string corpid, string corpsecret) =>
            {
                if (corpid != CorpId || corpsecret != Secret)
                {
                    return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
                }

                var n = Interlocked.Increment(ref fake!._tokensIssued);
                return Results.Json(new { errcode = 0, errmsg = "ok", access_token = $"token-{n}", expires_in = 7200 });
            });
            // Handlers take two parameters so that they are route handlers whose IResult is written, not plain RequestDelegates.
            app.MapPost("/cgi-bin/message/send", async (HttpContext context, HttpRequest _) => await fake!.SendAsync(context));
            app.MapPost("/cgi-bin/message/update_template_card", async (HttpContext context, HttpRequest _) =>
            {
                if (fake!.TokenProblem(context) is { } problem)
                {
                    return problem;
                }

                fake.CardUpdates.Enqueue((await context.Request.ReadFromJsonAsync<JsonObject>())!);
                return Results.Json(new { errcode = 0, errmsg = "ok" });
            });
            app.MapGet("/connect/oauth2/authorize", (HttpContext context, HttpRequest _) => fake!.SignIn(context.Request.Query,
                q => q["response_type"] == "code" && q["scope"] == "snsapi_base"));
            app.MapGet("/wwlogin/sso/login", (HttpContext context, HttpRequest _) => fake!.SignIn(context.Request.Query, q => q["login_type"] == "CorpApp"));
            app.MapGet("/cgi-bin/auth/getuserinfo", (HttpContext context, string? code) =>
            {
                if (fake!.TokenProblem(context) is { } problem)
                {
                    return problem;
                }

                return code is not null && fake._codes.TryRemove(code, out var member)
                    ? Results.Json(new { errcode = 0, errmsg = "ok", userid = member })
                    : Results.Json(new { errcode = 40029, errmsg = "invalid code" });
            });
            app.MapGet("/cgi-bin/department/list", (HttpContext context, HttpRequest _) => fake!.TokenProblem(context) ?? Results.Json(new
            {
                errcode = 0,
                errmsg = "ok",
                department = fake.Departments.Select(d => new { id = d.Id, name = d.Name, parentid = d.ParentId, order = d.Id }),
            }));
            app.MapGet("/cgi-bin/user/simplelist", (HttpContext context, int department_id) => fake!.TokenProblem(context) ?? Results.Json(new
            {
                errcode = 0,
                errmsg = "ok",
                userlist = fake.Members.Where(m => m.Departments.Contains(department_id))
                    .Select(m => new { userid = m.UserId, name = m.Name, department = m.Departments }),
            }));
        });
        fake = new FakeWeCom(app, baseUrl);
        return fake;
    }

    private async Task<IResult> SendAsync(HttpContext context)
    {
        if (TokenProblem(context) is { } problem)
        {
            return problem;
        }

        var body = (await context.Request.ReadFromJsonAsync<JsonObject>())!;
        var users = (body["touser"]?.GetValue<string>() ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);
        if (users.Length > 1000)
        {
            return Results.Json(new { errcode = 40032, errmsg = "invalid user size" });
        }

        // WeCom's duplicate check: the identical request JSON within duplicate_check_interval (default 1800 s) is
        // answered as sent and delivered to nobody again.
        if (body["enable_duplicate_check"]?.GetValue<int>() == 1)
        {
            var now = TimeProvider.System.GetUtcNow();
            var interval = TimeSpan.FromSeconds(body["duplicate_check_interval"]?.GetValue<int>() ?? 1800);
            var request = body.ToJsonString();
            if (_recentRequests.TryGetValue(request, out var at) && now - at < interval)
            {
                Interlocked.Increment(ref _duplicatesSuppressed);
                return Results.Json(new { errcode = 0, errmsg = "ok", invaliduser = "", msgid = $"msg-{Interlocked.Increment(ref _messageIds)}" });
            }

            _recentRequests[request] = now;
        }

        Interlocked.Add(ref _recipientsSent, users.Length);
        Interlocked.Increment(ref _sendCalls);
        foreach (var user in users)
        {
            MessagesPerUser.AddOrUpdate(user, 1, (_, n) => n + 1);
        }

        if (RecordCalls)
        {
            Sent.Enqueue((body, context.Request.Query["access_token"].ToString()));
        }

        if (SendAnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(SendAnswerDelay);
        }

        var invalid = users.Where(u => InvalidUsers.ContainsKey(u)).Select(u => u.ToLowerInvariant()).ToArray();
        return invalid.Length == users.Length && users.Length > 0
            ? Results.Json(new { errcode = 81013, errmsg = "user & party & tag all invalid" })
            : Results.Json(new { errcode = 0, errmsg = "ok", invaliduser = string.Join('|', invalid), msgid = $"msg-{Interlocked.Increment(ref _messageIds)}" });
    }

    /// <summary>A sign-in page: the app's own parameters checked, then straight back to redirect_uri with a code and the state.</summary>
    private IResult SignIn(IQueryCollection query, Func<IQueryCollection, bool> kind)
    {
        SignInRequests.Enqueue(query);
        if (query["appid"] != CorpId || query["agentid"] != AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture) || !kind(query)
            || !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var back) || SignedInMember is not { } member)
        {
            return Results.BadRequest("invalid request");
        }

        var code = "code-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        _codes[code] = member;
        var separator = back.Query.Length > 0 ? '&' : '?';
        return Results.Redirect($"{back}{separator}code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
    }

    private IResult? TokenProblem(HttpContext context)
    {
        var token = context.Request.Query["access_token"].ToString();
        if (token != CurrentToken)
        {
            return Results.Json(new { errcode = 40014, errmsg = "invalid access_token" });
        }

        return Interlocked.Exchange(ref _expireNext, 0) == 1 ? Results.Json(new { errcode = 42001, errmsg = "access_token expired" }) : null;
    }

    /// <summary>A callback as WeCom posts it: the query (msg_signature, timestamp, nonce) and the XML body.</summary>
    public static (string Query, string Body) Callback(string innerXml, DateTimeOffset? at = null, string? token = null)
    {
        var timestamp = (at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var encrypted = Seal(innerXml);
        var signature = Sign(token ?? Token, timestamp, nonce, encrypted);
        var body = $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>{AgentId}</AgentID></xml>";
        return ($"msg_signature={signature}&timestamp={timestamp}&nonce={nonce}", body);
    }

    /// <summary>The URL verification query WeCom sends when the callback URL is saved.</summary>
    public static string VerificationQuery(string echo, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var encrypted = Seal(echo);
        return $"msg_signature={Sign(Token, timestamp, "5678", encrypted)}&timestamp={timestamp}&nonce=5678&echostr={Uri.EscapeDataString(encrypted)}";
    }

    public static string TextMessage(string userId, string content, long msgId, DateTimeOffset? at = null) =>
        $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName>"
        + $"<CreateTime>{(at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        + $"<Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId><AgentID>{AgentId}</AgentID></xml>";

    public static string CardClick(string userId, string key, string taskId, string responseCode, DateTimeOffset? at = null) =>
        $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName>"
        + $"<CreateTime>{(at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + $"<Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[{key}]]></EventKey><TaskId><![CDATA[{taskId}]]></TaskId>"
        + $"<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[{responseCode}]]></ResponseCode><AgentID>{AgentId}</AgentID></xml>";

    public static string EnterAgent(string userId, DateTimeOffset? at = null) =>
        $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{userId}]]></FromUserName>"
        + $"<CreateTime>{(at ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + $"<Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey><AgentID>{AgentId}</AgentID></xml>";

    /// <summary>WeCom's encryption, written here from the protocol independently of the bot's, so each checks the other.</summary>
    private static string Seal(string message)
    {
        var key = Convert.FromBase64String(EncodingAesKey + "=");
        var payload = new List<byte>(RandomNumberGenerator.GetBytes(16));
        var text = Encoding.UTF8.GetBytes(message);
        payload.AddRange([(byte)(text.Length >> 24), (byte)(text.Length >> 16), (byte)(text.Length >> 8), (byte)text.Length]);
        payload.AddRange(text);
        payload.AddRange(Encoding.UTF8.GetBytes(CorpId));
        var pad = 32 - (payload.Count % 32);
        payload.AddRange(Enumerable.Repeat((byte)pad, pad));
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(payload.ToArray(), key[..16], PaddingMode.None));
    }

    private static string Sign(params string[] parts) =>
#pragma warning disable CA5350 // WeCom's msg_signature is SHA1 by protocol.
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts.Order(StringComparer.Ordinal)))));
#pragma warning restore CA5350

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
