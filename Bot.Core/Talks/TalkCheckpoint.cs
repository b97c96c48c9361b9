using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Talks;

/// <summary>By <see cref="Month"/>/<see cref="Day"/> of each year, <see cref="Count"/> talks held.</summary>
public sealed record TalkCheckpoint(int Month, int Day, int Count)
{
    public TalkCheckpoint()
        : this(0, 0, 0)
    {
    }

    public DateOnly In(int year) => new(year, Month, Day);
}
