using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>A whole number, in digits or Chinese numerals, with an optional unit (<see cref="ChineseQuantity"/>),
/// bounded by <see cref="NumberPromptOptions.Min"/> and <see cref="NumberPromptOptions.Max"/>. An answer in another unit
/// than the one asked for (12桌 to a 人数 question) is refused with the reason; an approximation (约100人, 十来桌) or a
/// figure below <see cref="NumberPromptOptions.QueryBelow"/> is asked about before it is taken.</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int, NumberPromptOptions>(id, validator)
{
    protected override Recognition<int> Recognize(TurnContext turn, string text, NumberPromptOptions options)
    {
        var example = Example(options, "10");
        if (ChineseQuantity.Read(text) is not { } quantity)
        {
            return Recognition<int>.Fail(PromptTexts.NumberNotRecognized(text, example));
        }

        if (ChineseQuantity.IsOtherKind(quantity.Unit, options.Unit))
        {
            return Recognition<int>.Fail(PromptTexts.NumberOtherUnit(text, options.Unit!, example));
        }

        var number = quantity.Value;
        if (options.Min is { } min && number < min)
        {
            return Recognition<int>.Fail(PromptTexts.NumberTooSmall(min, example));
        }

        if (options.Max is { } max && number > max)
        {
            return Recognition<int>.Fail(PromptTexts.NumberTooLarge(max, example));
        }

        if (quantity.Approximate)
        {
            return Recognition<int>.Query(number, PromptTexts.NumberApproximate(text, number, options.Unit), PromptTexts.TakeNumber(number, options.Unit));
        }

        return options.QueryBelow is { } below && number < below
            ? Recognition<int>.Query(number, PromptTexts.NumberBelow(number, options.Unit, options.QueryBelowWhat ?? $"{below}"), PromptTexts.TakeNumber(number, options.Unit))
            : Recognition<int>.Ok(number);
    }
}
