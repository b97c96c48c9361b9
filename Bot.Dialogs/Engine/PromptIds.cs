namespace Lianzheng.Dialogs.Engine;

/// <summary>The ids under which <see cref="ComponentDialog"/> adds the standard prompts.</summary>
public static class PromptIds
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Date = "date";
    public const string Confirm = "confirm";
    public const string Choice = "choice";
}
