using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Time;

/// <summary>The bureau's wall clock: the injected TimeProvider seen in the bureau's (or a person's) time zone.</summary>
public sealed class BureauClock(TimeProvider time, IOptions<BureauOptions> options)
{
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeProvider Time => time;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    /// <summary>The bureau's date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZone).DateTime);

    /// <summary>A person's zone when known and valid, else the bureau's.</summary>
    public TimeZoneInfo ZoneOf(string? timeZoneId) =>
        timeZoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZone;

    /// <summary>The instant a local date and time in the bureau's zone stands for.</summary>
    public DateTimeOffset ToUtc(DateOnly date, TimeOnly at)
    {
        var local = date.ToDateTime(at);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
