namespace Lianzheng.Dialogs.Prompts;

/// <summary>The outcome of recognizing an answer: a value, or the reason there is none.</summary>
public readonly record struct Recognition<T>(bool Succeeded, T? Value, string? Error)
{
    public static Recognition<T> Ok(T value) => new(true, value, null);

    public static Recognition<T> Fail(string error) => new(false, default, error);
}
