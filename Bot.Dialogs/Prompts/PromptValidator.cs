namespace Lianzheng.Dialogs.Prompts;

/// <summary>Checks a recognized answer; returns the Chinese reason it is not acceptable, or null when it is.</summary>
public delegate string? PromptValidator<T>(PromptValidatorContext<T> context);
