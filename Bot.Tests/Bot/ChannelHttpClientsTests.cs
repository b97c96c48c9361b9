using System.Net;
using System.Threading.Channels;
using Lianzheng.Bot.Hosting;
using Lianzheng.Bot.Teams;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The channels' HttpClients retry only what cannot have been applied twice, honour Retry-After on the
/// injected clock, and leave a 429 to the caller when asked to.</summary>
public sealed class ChannelHttpClientsTests : IDisposable
{
    private readonly ScriptedHandler _server;
    private ServiceProvider _services;
    private TimeProvider _time = TimeProvider.System;

    /// <summary>On the real clock: every scripted answer carries Retry-After: 0, so a retry waits only the margin.</summary>
    public ChannelHttpClientsTests()
    {
        _server = new ScriptedHandler(() => _time);
        _services = Build(_time);
    }

    public void Dispose() => _services.Dispose();

    private ServiceProvider Build(TimeProvider time)
    {
        _time = time;
        var services = new ServiceCollection().AddLogging().AddSingleton(time);
        services.AddChannelHttpClients();
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _server);
        services.AddHttpClient(WeComApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _server);
        return services.BuildServiceProvider();
    }

    private HttpClient Client(string name) => _services.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    private static HttpRequestMessage Request(HttpMethod method) =>
        new(method, "http://127.0.0.1:9/v3/conversations/a/activities") { Content = method == HttpMethod.Get ? null : new StringContent("{}") };

    [Theory]
    [InlineData("POST", 502, 1)]
    [InlineData("POST", 504, 1)]
    [InlineData("POST", 500, 1)]
    [InlineData("POST", 503, 4)]
    [InlineData("POST", 412, 4)]
    [InlineData("POST", 429, 4)]
    [InlineData("GET", 502, 4)]
    [InlineData("PUT", 504, 4)]
    [InlineData("GET", 404, 1)]
    public async Task A_Connector_call_is_retried_only_when_it_cannot_have_been_applied(string method, int status, int attempts)
    {
        _server.AnswerAlways((HttpStatusCode)status, retryAfterSeconds: 0);

        using var response = await Client(ConnectorClient.HttpClientName).SendAsync(Request(new HttpMethod(method)));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(attempts, _server.Calls);
    }

    [Theory]
    [InlineData("POST", 503, 1)]
    [InlineData("POST", 429, 4)]
    [InlineData("GET", 503, 4)]
    public async Task A_WeCom_send_is_not_repeated_after_an_answer_that_may_follow_delivery(string method, int status, int attempts)
    {
        _server.AnswerAlways((HttpStatusCode)status, retryAfterSeconds: 0);

        using var response = await Client(WeComApiClient.HttpClientName).SendAsync(Request(new HttpMethod(method)));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(attempts, _server.Calls);
    }

    [Fact]
    public async Task A_429_is_left_to_the_caller_when_the_request_says_so_and_a_long_Retry_After_is_never_waited_out()
    {
        _server.AnswerAlways(HttpStatusCode.TooManyRequests, retryAfterSeconds: 0);
        var paced = Request(HttpMethod.Post);
        paced.Options.Set(ChannelHttpClients.LeaveThrottlingToCaller, true);
        using (var response = await Client(ConnectorClient.HttpClientName).SendAsync(paced))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        Assert.Equal(1, _server.Calls);

        _server.AnswerAlways(HttpStatusCode.TooManyRequests, retryAfterSeconds: 60);
        using (var response = await Client(ConnectorClient.HttpClientName).SendAsync(Request(HttpMethod.Post)))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        Assert.Equal(2, _server.Calls);
    }

    [Fact]
    public async Task Retry_After_is_waited_out_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        _services.Dispose();
        _services = Build(clock);
        _server.Answer(HttpStatusCode.TooManyRequests, retryAfterSeconds: 10);
        _server.Answer(HttpStatusCode.OK, retryAfterSeconds: null);

        var sending = Client(ConnectorClient.HttpClientName).SendAsync(Request(HttpMethod.Post));
        var first = await _server.Received.ReadAsync();
        // The clock moves on in half seconds until the retry arrives (the retry's timer may start after the first step).
        var received = false;
        var second = DateTimeOffset.MinValue;
        for (var step = 0; step < 60 && !(received = _server.Received.TryRead(out second)); step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Yield();
        }

        // 30 s on: the retry's timer has fired, its request may still be on its way.
        second = received ? second : await _server.Received.ReadAsync();

        Assert.True(second - first >= TimeSpan.FromSeconds(10), $"retried {(second - first).TotalSeconds} s after the 429, before its Retry-After ended");

        using var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Calls);
    }

    /// <summary>Answers from a script (then the last answer, again and again) and signals when each request came, on the
    /// test's clock.</summary>
    private sealed class ScriptedHandler(Func<TimeProvider> clock) : HttpMessageHandler
    {
        private readonly Queue<(HttpStatusCode Status, int? RetryAfter)> _answers = new();
        private (HttpStatusCode Status, int? RetryAfter) _last = (HttpStatusCode.OK, null);
        private readonly Channel<DateTimeOffset> _received = Channel.CreateUnbounded<DateTimeOffset>();
        private int _calls;

        public int Calls => _calls;

        public ChannelReader<DateTimeOffset> Received => _received.Reader;

        public void Answer(HttpStatusCode status, int? retryAfterSeconds) => _answers.Enqueue((status, retryAfterSeconds));

        public void AnswerAlways(HttpStatusCode status, int? retryAfterSeconds)
        {
            _answers.Clear();
            _last = (status, retryAfterSeconds);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (status, retryAfter) = _answers.TryDequeue(out var next) ? next : _last;
            var response = new HttpResponseMessage(status) { RequestMessage = request };
            if (retryAfter is { } seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            Interlocked.Increment(ref _calls);
            _received.Writer.TryWrite(clock().GetUtcNow());
            return Task.FromResult(response);
        }

#pragma warning disable CA2215 // The factory disposes expired handlers; this one belongs to the test and outlives them.
        protected override void Dispose(bool disposing)
        {
        }
#pragma warning restore CA2215
    }
}
