using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lianzheng.Core.Persistence;

/// <summary>Stores an instant as its UTC ticks: ordered and compared correctly by SQLite, and read back unchanged.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
