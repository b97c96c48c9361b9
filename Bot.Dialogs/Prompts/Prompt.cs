using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Asks one question and ends with the recognized, validated answer; re-prompts with a reason and an example
/// otherwise. <typeparamref name="TOptions"/> is the options record of its kind, stored with its state.</summary>
public abstract class Prompt<T, TOptions>(string id, PromptValidator<T>? validator = null) : Dialog(id)
    where TOptions : PromptOptions
{
    private const string OptionsKey = "options";
    private const string TokenKey = PromptActions.TokenKey;
    private const string AttemptsKey = "attempts";
    private const string QueryKey = "query";
    private const string ValueKey = "value";
    private const string TakeKey = "take";

    /// <summary>What the 上一页 / 下一页 buttons of a long list answer: not an answer, a page to show.</summary>
    private const string PageAnswer = "#page:";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as TOptions
            ?? throw new ArgumentException($"This prompt is begun with {typeof(TOptions).Name}.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, DialogStackState.Json);
        state[TokenKey] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        state[AttemptsKey] = 0;
        dc.Turn.Send(Render(promptOptions.Prompt, promptOptions, (string)state[TokenKey]!, null));
        return Task.FromResult(DialogTurnResult.EndOfTurn);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var token = (string)instance.State[TokenKey]!;
        var text = dc.Turn.Text;
        if (dc.Turn.Activity.Action is { } action && action.StartsWith(PromptActions.AnswerPrefix, StringComparison.Ordinal))
        {
            var parts = action[PromptActions.AnswerPrefix.Length..].Split(':', 2);
            if (parts.Length != 2 || parts[0] != token)
            {
                dc.Turn.Send(Render(options.Prompt, options, token, PromptTexts.StaleButton));
                return DialogTurnResult.EndOfTurn;
            }

            text = parts[1];
            if (text.StartsWith(PageAnswer, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(PageAnswer.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                // 上一页 / 下一页 of a long list's buttons: the same question, another page of its answers.
                dc.Turn.Send(Render(options.Prompt, options, token, null, page));
                return DialogTurnResult.EndOfTurn;
            }
        }

        if (instance.State[QueryKey] is { } query)
        {
            // The answer to "按 100 人登记吗？": yes takes the queried value, no asks the question again, anything else
            // is a fresh answer to it.
            instance.State.Remove(QueryKey);
            var take = (string)query[TakeKey]!;
            // A number typed here is a fresh answer, not a button by its place.
            if (!string.IsNullOrWhiteSpace(text) && YesNoAnswer.Read(text, take, PromptTexts.Retype, byPosition: false) is { } taken)
            {
                if (taken)
                {
                    return await dc.EndDialogAsync(query[ValueKey].Deserialize<T>(DialogStackState.Json), cancellationToken);
                }

                dc.Turn.Send(Render(options.Prompt, options, token, null));
                return DialogTurnResult.EndOfTurn;
            }
        }

        var recognition = string.IsNullOrWhiteSpace(text)
            ? Recognition<T>.Fail(PromptTexts.Empty)
            : Recognize(dc.Turn, text.Trim(), options);
        var error = recognition.Succeeded
            ? validator?.Invoke(new PromptValidatorContext<T>(dc.Turn, recognition.Value!, options))
            : recognition.Error;
        if (error is null && recognition.Question is { } question)
        {
            instance.State[QueryKey] = new JsonObject
            {
                [ValueKey] = JsonSerializer.SerializeToNode(recognition.Value, DialogStackState.Json),
                [TakeKey] = recognition.TakeLabel,
            };
            dc.Turn.Send(new OutboundMessage(question, options.Prompt.Title, Buttons:
            [
                new MessageButton(recognition.TakeLabel!, $"{PromptActions.AnswerPrefix}{token}:{recognition.TakeLabel}"),
                new MessageButton(PromptTexts.Retype, $"{PromptActions.AnswerPrefix}{token}:{PromptTexts.Retype}"),
            ]));
            return DialogTurnResult.EndOfTurn;
        }

        if (error is null)
        {
            if (recognition.Echo is { } echo)
            {
                dc.Turn.Preface(echo);
            }

            return await dc.EndDialogAsync(recognition.Value, cancellationToken);
        }

        instance.State[AttemptsKey] = (instance.State[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        dc.Turn.Send(Render(options.RetryPrompt ?? options.Prompt, options, token, error));
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        // Asked again (帮助, a reload, 上一步): the question itself, not a doubt about an earlier answer to it.
        instance.State.Remove(QueryKey);
        var options = ReadOptions(instance);
        dc.Turn.Send(Render(options.Prompt, options, (string)instance.State[TokenKey]!, null));
        return Task.CompletedTask;
    }

    public override bool Offers(DialogContext dc, DialogInstance instance, string text) =>
        Offered(ReadOptions(instance)).Contains(text, StringComparer.Ordinal);

    protected abstract Recognition<T> Recognize(TurnContext turn, string text, TOptions options);

    /// <summary>The answers offered as buttons (and, for long lists, as a numbered list).</summary>
    protected virtual IReadOnlyList<string> Offered(TOptions options) => [];

    protected static string Example(TOptions options, string fallback) => options.Example ?? fallback;

    /// <summary>What the button of the answer offered at <paramref name="index"/> answers: its label, unless a prompt
    /// needs the button to say which of several equal labels it is.</summary>
    protected virtual string ButtonAnswer(int index, string label) => label;

    /// <summary>Asks the question: the answers offered as buttons — a long list (more than a message carries) by pages
    /// with 上一页 / 下一页, all of it numbered in the text as well, so that it can be answered by typing too.</summary>
    private OutboundMessage Render(OutboundMessage prompt, TOptions options, string token, string? error, int page = 0)
    {
        var offered = Offered(options);
        var text = prompt.Text;
        if (offered.Count > OutboundMessage.MaxButtons)
        {
            text += "\n" + string.Join("\n", offered.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c}")));
        }

        if (error is not null)
        {
            text = error + "\n" + text;
            if (options.Example is { } example && offered.Count == 0 && !error.Contains(example, StringComparison.Ordinal))
            {
                text += "\n" + PromptTexts.ExampleSuffix(example);
            }
        }

        MessageButton Answer(string label, string answer) => new(label, $"{PromptActions.AnswerPrefix}{token}:{answer}");
        List<MessageButton> buttons;
        if (offered.Count == 0)
        {
            buttons = [.. prompt.Buttons];
        }
        else if (offered.Count <= OutboundMessage.MaxButtons)
        {
            buttons = [.. offered.Select((c, i) => Answer(c, ButtonAnswer(i, c)))];
        }
        else
        {
            var at = ButtonPage.Of(offered.Count, page);
            buttons = [.. at.Items(offered.Select((c, i) => (Label: c, Index: i))).Select(c => Answer(c.Label, ButtonAnswer(c.Index, c.Label)))];
            if (at.HasPrevious)
            {
                buttons.Add(Answer(PromptTexts.PreviousPage, PageAnswer + (at.Number - 1).ToString(CultureInfo.InvariantCulture)));
            }

            if (at.HasNext)
            {
                buttons.Add(Answer(PromptTexts.NextPage, PageAnswer + (at.Number + 1).ToString(CultureInfo.InvariantCulture)));
            }
        }

        return prompt with { Text = text, Buttons = buttons };
    }

    private static TOptions ReadOptions(DialogInstance instance) =>
        instance.State[OptionsKey].Deserialize<TOptions>(DialogStackState.Json)
        ?? throw new InvalidOperationException("The prompt's options were not saved.");
}
