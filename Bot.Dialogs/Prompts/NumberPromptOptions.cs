using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Options of a <see cref="NumberPrompt"/>: the bounds of the number, when there are any.</summary>
public sealed record NumberPromptOptions : PromptOptions
{
    public int? Min { get; init; }

    public int? Max { get; init; }

    public static NumberPromptOptions Ask(string text, string? example = null, int? min = null, int? max = null) =>
        new() { Prompt = new OutboundMessage(text), Example = example, Min = min, Max = max };
}
