namespace Lianzheng.Core.Hosting;

/// <summary>The tags that sort the health checks into the load balancer's probes.</summary>
public static class HealthTags
{
    /// <summary>A check <c>/healthz/ready</c> runs: this replica should be given requests only while it passes.</summary>
    public const string Ready = "ready";
}
