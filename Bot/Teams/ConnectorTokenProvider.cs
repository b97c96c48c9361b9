using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Lianzheng.Bot.Teams;

/// <summary>The bot's client-credentials token for the Connector, from MSAL: its app token cache keeps the token and
/// renews it five minutes before it expires; the authority is the configured token endpoint's (Entra, a sovereign
/// cloud or a local test authority), used as given, without instance discovery.</summary>
public sealed class ConnectorTokenProvider : IDisposable
{
    public const string HttpClientName = "teams-token";

    private readonly IConfidentialClientApplication _msal;
    private readonly string[] _scopes;

    // MSAL's cache answers every caller, but callers that miss it together would each ask the token endpoint: this gate
    // (it holds no token) lets one ask while the others wait and then read the token MSAL has just cached.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public ConnectorTokenProvider(IHttpClientFactory httpClients, IOptions<TeamsOptions> options)
    {
        var settings = options.Value;
        _scopes = [settings.OAuthScope];
        _msal = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword ?? "")
            .WithAuthority(settings.TokenAuthority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClients(httpClients))
            .Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var result = await _msal.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalServiceException ex)
        {
            throw new ConnectorTokenException($"The token endpoint answered {ex.StatusCode}: {ex.ErrorCode} {ex.Message}", ex);
        }
        catch (MsalException ex)
        {
            throw new ConnectorTokenException($"No Connector token: {ex.ErrorCode} {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTokenException("The token endpoint could not be reached: " + ex.Message, ex);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
