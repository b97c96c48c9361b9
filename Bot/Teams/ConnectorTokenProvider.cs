using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Teams;

/// <summary>The bot's client-credentials token for the Connector: cached until five minutes before it expires,
/// fetched by one caller at a time while the others wait for it.</summary>
public sealed class ConnectorTokenProvider(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time)
{
    public const string HttpClientName = "teams-token";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _cached;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && time.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Token;
            }

            var settings = options.Value;
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(
                settings.ResolvedTokenEndpoint,
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = settings.AppId!,
                    ["client_secret"] = settings.AppPassword ?? "",
                    ["scope"] = settings.OAuthScope,
                }),
                cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorTokenException($"The token endpoint answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new ConnectorTokenException("The token endpoint answered an empty body.");
            if (string.IsNullOrEmpty(token.AccessToken))
            {
                throw new ConnectorTokenException("The token endpoint answered no access_token.");
            }

            var lifetime = TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 60));
            _cached = (token.AccessToken, time.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2));
            return token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

public sealed class ConnectorTokenException(string message) : Exception(message);
