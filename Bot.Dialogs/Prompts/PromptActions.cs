namespace Lianzheng.Dialogs.Prompts;

/// <summary>The action a prompt's answer button carries: "answer:{token}:{label}", the token naming the question asked.</summary>
public static class PromptActions
{
    public const string AnswerPrefix = "answer:";
}
