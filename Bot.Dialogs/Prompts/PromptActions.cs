namespace Lianzheng.Dialogs.Prompts;

/// <summary>The action a prompt's answer button carries: "answer:{token}:{label}", the token naming the question asked.</summary>
public static class PromptActions
{
    public const string AnswerPrefix = "answer:";

    /// <summary>Where a pending prompt keeps the token of the question it asked (a new token: a new question).</summary>
    internal const string TokenKey = "token";
}
