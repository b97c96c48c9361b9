using System.Net;
using System.Net.Sockets;

namespace Lianzheng.Tests.Support;

/// <summary>A port of 127.0.0.1 free right now, for a host a real browser is to reach.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
