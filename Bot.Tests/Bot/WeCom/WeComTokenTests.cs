using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Lianzheng.Bot.WeCom;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lianzheng.Tests.Bot.WeCom;

/// <summary>The WeCom access token shared by concurrent calls: when WeCom rejects a token that several calls were
/// using, one new token is fetched and all of them use it; a late rejection of the old token never drops the new one.</summary>
public sealed class WeComTokenTests
{
    [Fact]
    public async Task Two_calls_rejected_with_the_same_token_fetch_one_new_token_and_both_use_it()
    {
        var server = new TokenServer();
        await using var services = new ServiceCollection().AddHybridCache().Services
            .AddHttpClient(WeComApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => server).Services
            .BuildServiceProvider();
        var client = new WeComApiClient(
            services.GetRequiredService<IHttpClientFactory>(), services.GetRequiredService<HybridCache>(),
            Options.Create(new WeComOptions { CorpId = "corp", AgentId = 1, Secret = "secret", ApiBaseUrl = "http://127.0.0.1:9/cgi-bin" }),
            TimeProvider.System, NullLogger<WeComApiClient>.Instance);
        var ct = TestContext.Current.CancellationToken;

        // Both calls reach WeCom with token-1, which WeCom has meanwhile ended; A's rejection comes back first.
        server.HoldCallsWith("token-1");
        var first = client.GetAsync("user/get?userid=a", ct);
        var second = client.GetAsync("user/get?userid=b", ct);
        await server.HeldAsync(2);
        server.Reject("token-1");
        server.Release("user/get?userid=a");
        var answerA = await first;

        // Then B's rejection arrives, after A has fetched token-2 and succeeded with it.
        server.Release("user/get?userid=b");
        var answerB = await second;

        Assert.Equal(0, answerA.ErrorCode);
        Assert.Equal(0, answerB.ErrorCode);
        Assert.Equal(2, server.TokensIssued);
        Assert.Equal(["token-2", "token-2"], server.SucceededWith.Order(StringComparer.Ordinal));
    }

    /// <summary>gettoken hands out token-1, token-2…; API calls with a rejected token get 42001; held calls wait for
    /// <see cref="Release"/>.</summary>
    private sealed class TokenServer : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new();
        private readonly ConcurrentBag<string> _rejected = [];
        private readonly SemaphoreSlim _arrivals = new(0);
        private string? _holdToken;
        private int _tokens;

        public int TokensIssued => Volatile.Read(ref _tokens);

        public ConcurrentBag<string> SucceededWith { get; } = [];

        public void HoldCallsWith(string token) => _holdToken = token;

        public void Reject(string token) => _rejected.Add(token);

        public async Task HeldAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await _arrivals.WaitAsync(TestContext.Current.CancellationToken);
            }
        }

        public void Release(string pathAndUser) => _held[pathAndUser].SetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (uri.AbsolutePath.EndsWith("/gettoken", StringComparison.Ordinal))
            {
                return Json($$"""{"errcode":0,"errmsg":"ok","access_token":"token-{{Interlocked.Increment(ref _tokens)}}","expires_in":7200}""");
            }

            var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
            var token = query["access_token"]!;
            var call = $"user/get?userid={query["userid"]}";
            if (token == _holdToken)
            {
                var gate = _held.GetOrAdd(call, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                _arrivals.Release();
                await gate.Task.WaitAsync(cancellationToken);
            }

            if (_rejected.Contains(token))
            {
                return Json("""{"errcode":42001,"errmsg":"access_token expired"}""");
            }

            SucceededWith.Add(token);
            return Json("""{"errcode":0,"errmsg":"ok"}""");
        }

        private static HttpResponseMessage Json(string body) =>
            new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
