using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Options of a <see cref="TextPrompt"/>: at most <see cref="MaxLength"/> characters; <see cref="Suggestions"/> are
/// offered as buttons, and any other text is taken as well.</summary>
public sealed record TextPromptOptions : PromptOptions
{
    public const int DefaultMaxLength = 200;

    public int MaxLength { get; init; } = DefaultMaxLength;

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public static TextPromptOptions Ask(string text, string? example = null, int maxLength = DefaultMaxLength, string? title = null) =>
        new() { Prompt = new OutboundMessage(text, title), Example = example, MaxLength = maxLength };
}
