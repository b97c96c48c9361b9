using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>我的备案: the user's filings with their status; one opens with the buttons of what can still be done to it.</summary>
public sealed class MyFilingsDialog : BotDialog
{
    public const string DialogId = "my-filings";
    private const string StepsId = DialogId + ".steps";

    private readonly FilingService _filings;

    public MyFilingsDialog(FilingService filings)
        : base(DialogId)
    {
        _filings = filings;
        AddDialog(new WaterfallDialog(StepsId, [ListAsync, ShowAsync]));
        AddPrompts();
    }

    public override string Name => FilingDialogTexts.MyFilingsName;

    public override string HelpLine => FilingDialogTexts.MyFilingsHelp;

    public override IReadOnlyList<string> Keywords => [FilingDialogTexts.MyFilingsName, "查看备案", "备案记录"];

    private async Task<DialogTurnResult> ListAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (FilingChoice.FromArgument(step) is { } id)
        {
            return await step.NextAsync(id, cancellationToken);
        }

        var filings = await _filings.ListOwnAsync(step.Turn.User.Id, cancellationToken);
        if (filings.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(FilingDialogTexts.NoFilings, FilingDialogTexts.ListTitle,
                Buttons: [new MessageButton(FilingDialogTexts.FileName, Actions.Start(FileEventDialog.DialogId))]));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var text = FilingDialogTexts.ListText(filings.Count);
        if (filings.Count > FilingChoice.MaxListed)
        {
            text += FilingDialogTexts.ListMore(FilingChoice.MaxListed);
        }

        var facts = filings.Take(FilingChoice.MaxListed)
            .Select(f => new Fact(FilingTexts.Number(f), $"{DomainNames.Of(f.Kind)} {DomainNames.Date(f.EventDate)} · {DomainNames.Of(f.Status)}"))
            .ToList();
        return await step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(text, FilingChoice.Choices(filings), FilingDialogTexts.ListTitle, facts), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (await FilingChoice.LoadAsync(
                step, _filings, FilingChoice.Picked(step.Result), static (_, _) => true, static _ => FilingDialogTexts.NotFound, cancellationToken)
            is not { } filing)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var argument = filing.Id.ToString(CultureInfo.InvariantCulture);
        var buttons = new List<MessageButton>();
        string text;
        if (filing.CanChange(turn.Today))
        {
            text = FilingDialogTexts.DetailChangeable;
            buttons.Add(new MessageButton(FilingDialogTexts.AmendName, Actions.Start(AmendFilingDialog.DialogId, argument)));
            buttons.Add(new MessageButton(FilingDialogTexts.WithdrawName, Actions.Start(WithdrawFilingDialog.DialogId, argument)));
        }
        else if (filing.CanReport(turn.Today))
        {
            text = FilingDialogTexts.DetailReportable;
            buttons.Add(new MessageButton(FilingDialogTexts.ReportName, Actions.Start(ReportFilingDialog.DialogId, argument)));
        }
        else
        {
            text = FilingDialogTexts.DetailClosed;
        }

        buttons.Add(new MessageButton(FilingDialogTexts.BackToList, Actions.Start(DialogId)));
        turn.Send(new OutboundMessage(text, FilingDialogTexts.DetailTitle, FilingTexts.Facts(filing), buttons));
        return await step.EndDialogAsync(filing.Id, cancellationToken);
    }
}
