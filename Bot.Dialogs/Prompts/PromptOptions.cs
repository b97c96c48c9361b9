using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>What a prompt asks; persisted with the prompt's state. Each prompt kind has its own options record with
/// the bounds it checks (<see cref="TextPromptOptions"/>, <see cref="NumberPromptOptions"/>, <see cref="DatePromptOptions"/>,
/// <see cref="ConfirmPromptOptions"/>, <see cref="ChoicePromptOptions"/>); a prompt stores and reads back its own kind.</summary>
public abstract record PromptOptions
{
    public required OutboundMessage Prompt { get; init; }

    /// <summary>Said instead of the prompt after an answer that does not fit.</summary>
    public OutboundMessage? RetryPrompt { get; init; }

    /// <summary>An example answer, shown in re-prompts.</summary>
    public string? Example { get; init; }
}
