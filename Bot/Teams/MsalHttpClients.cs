using Microsoft.Identity.Client;

namespace Lianzheng.Bot.Teams;

/// <summary>Hands MSAL the token HttpClient configured in <see cref="Hosting.ChannelHttpClients"/>.</summary>
internal sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClients.CreateClient(ConnectorTokenProvider.HttpClientName);
}
