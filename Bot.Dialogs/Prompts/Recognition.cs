namespace Lianzheng.Dialogs.Prompts;

/// <summary>The outcome of recognizing an answer: a value (with what to say of it ahead of the next question, if
/// anything), a value to be confirmed first (<see cref="Question"/>, answered yes by <see cref="TakeLabel"/>), or the
/// reason there is none.</summary>
public readonly record struct Recognition<T>(bool Succeeded, T? Value, string? Error, string? Echo = null, string? Question = null, string? TakeLabel = null)
{
    public static Recognition<T> Ok(T value, string? echo = null) => new(true, value, null, echo);

    /// <summary>A value the user is asked about before it is taken: 约100人 → 按 100 人登记吗？</summary>
    public static Recognition<T> Query(T value, string question, string takeLabel) => new(true, value, null, null, question, takeLabel);

    public static Recognition<T> Fail(string error) => new(false, default, error);
}
