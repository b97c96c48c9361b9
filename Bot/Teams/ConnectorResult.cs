using System.Net;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.Teams;

/// <summary>A Connector call's value (when it worked), its send result and the HTTP status.</summary>
public sealed record ConnectorResult<T>(T? Value, SendResult Result, HttpStatusCode? Status)
{
    public bool Succeeded => Result is SendResult.Delivered;
}
