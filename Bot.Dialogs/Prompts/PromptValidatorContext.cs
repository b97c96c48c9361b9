using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>What a validator sees.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, T Value, PromptOptions Options);
