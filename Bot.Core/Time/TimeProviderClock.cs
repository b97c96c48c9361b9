using Microsoft.Extensions.Internal;

namespace Lianzheng.Core.Time;

/// <summary>The injected TimeProvider as the clock a MemoryCache expires its entries by (MemoryCacheOptions.Clock takes
/// an ISystemClock, not a TimeProvider), so that a cache's expiry follows the bot's clock, and a test's fake one.</summary>
public sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
