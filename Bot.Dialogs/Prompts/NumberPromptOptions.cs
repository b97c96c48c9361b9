using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Options of a <see cref="NumberPrompt"/>: the bounds of the number, the unit it counts (人、桌…, so that an
/// answer in another unit is questioned), and a figure below which an answer is queried before it is taken
/// (<see cref="QueryBelow"/>, with what that figure is, <see cref="QueryBelowWhat"/>: a guest count under the tables).</summary>
public sealed record NumberPromptOptions : PromptOptions
{
    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>The unit of the count: 人, 桌, 辆, 元, 件, 天 or 次.</summary>
    public string? Unit { get; init; }

    public int? QueryBelow { get; init; }

    /// <summary>The figure <see cref="QueryBelow"/> is, as said to the user: 桌数（12桌）.</summary>
    public string? QueryBelowWhat { get; init; }

    public static NumberPromptOptions Ask(string text, string? example = null, int? min = null, int? max = null, string? unit = null) =>
        new() { Prompt = new OutboundMessage(text), Example = example, Min = min, Max = max, Unit = unit };
}
