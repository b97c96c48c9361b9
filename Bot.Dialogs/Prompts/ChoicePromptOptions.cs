using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Options of a <see cref="ChoicePrompt"/>: the choices offered, in order.</summary>
public sealed record ChoicePromptOptions : PromptOptions
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public static ChoicePromptOptions Ask(string text, IEnumerable<Choice> choices, string? title = null, IReadOnlyList<Fact>? facts = null) =>
        new() { Prompt = new OutboundMessage(text, title, facts), Choices = [.. choices] };
}
