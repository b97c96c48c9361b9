using Lianzheng.Core.Texts;
using Lianzheng.Core.Filings;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Travel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Travel;

/// <summary>登记证件: the custodian records a newly issued document handed in: holder, kind, number and the day.</summary>
public sealed partial class RegisterDocumentDialog : BotDialog
{
    public const string DialogId = "register-document";
    private const string StepsId = DialogId + ".steps";
    private const string NumberPromptId = "document-number";
    private const string HolderKey = "holder";
    private const string HolderNameKey = "holderName";
    private const string TypeKey = "type";
    private const string NumberKey = "number";
    private const string DateKey = "date";

    private readonly TravelCustodyService _custody;
    private readonly StaffDirectory _directory;

    public RegisterDocumentDialog(TravelCustodyService custody, StaffDirectory directory)
        : base(DialogId)
    {
        _custody = custody;
        _directory = directory;
        AddDialog(new WaterfallDialog(StepsId,
            [AskHolderAsync, ResolveHolderAsync, AskTypeAsync, AskNumberAsync, AskDateAsync, ReviewAsync, SaveAsync]));
        AddPrompts();
        AddDialog(new TextPrompt(NumberPromptId, c => NumberShape().IsMatch(c.Value) ? null : CustodyDialogTexts.BadNumber));
    }

    public override string Name => CustodyDialogTexts.RegisterName;

    public override string HelpLine => CustodyDialogTexts.RegisterHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [CustodyDialogTexts.RegisterName, "证件登记", "交存证件"];

    /// <summary>Options of the steps when asking again: the name not found.</summary>
    private sealed record Retry(string Unknown);

    private async Task<DialogTurnResult> AskHolderAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var retry = step.OptionsNode is JsonObject ? step.Options<Retry>() : null;
        if (retry is null && await CustodianGate.RefusedAsync(step, _custody, Name, cancellationToken))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var question = retry is null ? CustodyDialogTexts.AskHolder : CustodyDialogTexts.UnknownHolder(retry.Unknown);
        return await step.PromptAsync(PromptIds.Text,
            TextPromptOptions.Ask(question, CustodyDialogTexts.ExampleHolder, 64, CustodyDialogTexts.Title), cancellationToken);
    }

    private async Task<DialogTurnResult> ResolveHolderAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var name = ((string)step.Result!).Trim();
        var found = await _directory.ActiveNamedAsync([name], cancellationToken);
        step.Values.Set(HolderNameKey, name);
        return found.Count switch
        {
            0 => await step.ReplaceDialogAsync(StepsId, new Retry(name), cancellationToken),
            1 => await step.NextAsync(found[0].Id, cancellationToken),
            _ => await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
                CustodyDialogTexts.ChooseHolder, found.Select((s, i) => Choice.Of(s.Id, $"{s.Name}（{i + 1}）"))), cancellationToken),
        };
    }

    private static Task<DialogTurnResult> AskTypeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(HolderKey, FilingChoice.Picked(step.Result)!.Value);
        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
            CustodyDialogTexts.AskType, DomainNames.DocumentTypes.Select(t => Choice.Of(t.Key, t.Value))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskNumberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(TypeKey, ((FoundChoice)step.Result!).As<TravelDocumentType>());
        return step.PromptAsync(NumberPromptId, TextPromptOptions.Ask(CustodyDialogTexts.AskNumber, CustodyDialogTexts.ExampleNumber, 20), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(NumberKey, ((string)step.Result!).ToUpperInvariant());
        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(
            CustodyDialogTexts.AskHandedIn, CustodyDialogTexts.ExampleDate, DatePreference.Past, null, step.Turn.Today), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DateKey, (DateOnly)step.Result!);
        return step.PromptAsync(PromptIds.Confirm, new ConfirmPromptOptions
        {
            Prompt = new OutboundMessage(CustodyDialogTexts.RegisterReview, CustodyDialogTexts.Title,
            [
                new Fact("持有人", step.Values.GetRequired<string>(HolderNameKey)),
                new Fact("证件类型", TravelTexts.Of(step.Values.GetRequired<TravelDocumentType>(TypeKey))),
                new Fact("证件号码", step.Values.GetRequired<string>(NumberKey)),
                new Fact("交存日期", Core.Texts.DomainNames.Date(step.Values.GetRequired<DateOnly>(DateKey))),
            ]),
            YesLabel = CustodyDialogTexts.RegisterYes,
            NoLabel = CustodyDialogTexts.RegisterNo,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(CustodyDialogTexts.RegisterDiscarded);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var (outcome, document) = await _custody.RegisterAsync(step.Turn.User, step.Values.GetRequired<int>(HolderKey),
            step.Values.GetRequired<TravelDocumentType>(TypeKey), step.Values.GetRequired<string>(NumberKey), step.Values.GetRequired<DateOnly>(DateKey),
            cancellationToken);
        var holder = step.Values.GetRequired<string>(HolderNameKey);
        step.Turn.Send(new OutboundMessage(outcome switch
        {
            CustodyOutcome.Done => CustodyDialogTexts.Registered(holder, TravelTexts.Label(document!, forCustodian: true)),
            CustodyOutcome.Duplicate => CustodyDialogTexts.Duplicate(TravelTexts.Label(document!, forCustodian: true)),
            CustodyOutcome.NotCustodian => CustodyDialogTexts.NotCustodian(Name, await _custody.CustodianNamesAsync(cancellationToken)),
            _ => CustodyDialogTexts.HolderGone,
        }, CustodyDialogTexts.Title, Buttons: [new MessageButton(CustodyDialogTexts.LedgerName, Actions.Start(DocumentLedgerDialog.DialogId))]));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z0-9]{5,20}$")]
    private static partial Regex NumberShape();
}
