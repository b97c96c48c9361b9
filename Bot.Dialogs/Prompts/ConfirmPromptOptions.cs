using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Options of a <see cref="ConfirmPrompt"/>: the labels of its yes and no buttons (是/否 unless given).</summary>
public sealed record ConfirmPromptOptions : PromptOptions
{
    public string YesLabel { get; init; } = PromptTexts.Yes;

    public string NoLabel { get; init; } = PromptTexts.No;

    public static ConfirmPromptOptions Ask(string text) => new() { Prompt = new OutboundMessage(text) };
}
