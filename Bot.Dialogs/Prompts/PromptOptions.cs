using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>What a prompt asks and how its answer is checked; persisted with the prompt's state.</summary>
public sealed record PromptOptions
{
    public required OutboundMessage Prompt { get; init; }

    /// <summary>Said instead of the prompt after an answer that does not fit.</summary>
    public OutboundMessage? RetryPrompt { get; init; }

    /// <summary>An example answer, shown in re-prompts.</summary>
    public string? Example { get; init; }

    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Bounds the prompt checks itself (min/max, notBefore/notAfter, maxLength...).</summary>
    public JsonObject? Validations { get; init; }

    public static PromptOptions Ask(string text, string? example = null, JsonObject? validations = null, string? title = null) =>
        new() { Prompt = new OutboundMessage(text, title), Example = example, Validations = validations };
}

/// <summary>What a validator sees.</summary>
public sealed record PromptValidatorContext<T>(Engine.TurnContext Turn, T Value, PromptOptions Options);

/// <summary>Checks a recognized answer; returns the Chinese reason it is not acceptable, or null when it is.</summary>
public delegate string? PromptValidator<T>(PromptValidatorContext<T> context);

/// <summary>The outcome of recognizing an answer: a value, or the reason there is none.</summary>
public readonly record struct Recognition<T>(bool Succeeded, T? Value, string? Error)
{
    public static Recognition<T> Ok(T value) => new(true, value, null);

    public static Recognition<T> Fail(string error) => new(false, default, error);
}
