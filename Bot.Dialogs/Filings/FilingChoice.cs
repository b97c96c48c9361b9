using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Picking one of the user's filings: by a button's argument ("start:amend-filing:12") or from a list.</summary>
internal static class FilingChoice
{
    public const int MaxListed = 20;

    /// <summary>The user's filings as choices: the id as the value, "#12 婚嫁 12月5日" as the label.</summary>
    public static IEnumerable<Choice> Choices(IEnumerable<Filing> filings) =>
        filings.Take(MaxListed).Select(f => Choice.Of(f.Id, FilingTexts.ButtonLabel(f)));

    /// <summary>The filing the dialog was started for, if a button named one ("start:amend-filing:12" gives "12").</summary>
    public static int? FromArgument(WaterfallStepContext step) => step.IdArgument();

    /// <summary>The filing the previous step picked: its id, or the choice the user made from the list.</summary>
    public static int? Picked(object? result) => result switch
    {
        int id => id,
        FoundChoice choice => choice.Id,
        _ => null,
    };

    /// <summary>The first step of a dialog about one filing: the filing its button named, else the only one of the
    /// user's filings that qualifies, else a choice among them, else a word that there is none. The next step receives
    /// an id or a <see cref="FoundChoice"/> (see <see cref="Picked"/>).</summary>
    public static async Task<DialogTurnResult> PickAsync(
        WaterfallStepContext step, FilingService filingService, Func<Filing, DateOnly, bool> qualifies, string chooseText, string noneText,
        string title, CancellationToken cancellationToken)
    {
        if (FromArgument(step) is { } id)
        {
            return await step.NextAsync(id, cancellationToken);
        }

        var filings = (await filingService.ListOwnAsync(step.Turn.User.Id, cancellationToken))
            .Where(f => qualifies(f, step.Turn.Today))
            .ToList();
        if (filings.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(noneText, title, Buttons: [new MessageButton(FilingDialogTexts.MyFilingsName, Actions.Start(MyFilingsDialog.DialogId))]));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return filings.Count == 1
            ? await step.NextAsync(filings[0].Id, cancellationToken)
            : await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(chooseText, Choices(filings), title), cancellationToken);
    }

    /// <summary>Loads the picked filing and checks it still qualifies; says why not and returns null otherwise.</summary>
    public static async Task<Filing?> LoadAsync(
        WaterfallStepContext step, FilingService filingService, int? filingId, Func<Filing, DateOnly, bool> qualifies,
        Func<string, string> notQualifiedText,
        CancellationToken cancellationToken)
    {
        var filing = filingId is { } id
            ? await filingService.FindOwnAsync(step.Turn.User.Id, id, cancellationToken)
            : null;
        if (filing is null)
        {
            step.Turn.Send(FilingDialogTexts.NotFound);
            return null;
        }

        if (!qualifies(filing, step.Turn.Today))
        {
            step.Turn.Send(new OutboundMessage(notQualifiedText(FilingTexts.Number(filing)),
                Facts: FilingTexts.Facts(filing)));
            return null;
        }

        return filing;
    }

    /// <summary>Tells the user how a change went, with the filing as it now stands, and ends the dialog.</summary>
    public static async Task<DialogTurnResult> EndWithOutcomeAsync(
        WaterfallStepContext step, FilingService filingService, int filingId, FilingChangeOutcome outcome, Func<string, string> doneText,
        string title,
        CancellationToken cancellationToken)
    {
        var filing = await filingService.FindOwnAsync(step.Turn.User.Id, filingId, cancellationToken);
        step.Turn.Send(new OutboundMessage(
            Explain(outcome, filingId, doneText),
            title,
            filing is null ? null : FilingTexts.Facts(filing),
            [new MessageButton(FilingDialogTexts.MyFilingsName, Actions.Start(MyFilingsDialog.DialogId))]));
        return await step.EndDialogAsync(outcome, cancellationToken);
    }

    /// <summary>What a filing service outcome means for the user.</summary>
    public static string Explain(FilingChangeOutcome outcome, int filingId, Func<string, string> doneText)
    {
        var number = "#" + filingId.ToString(CultureInfo.InvariantCulture);
        return outcome switch
        {
            FilingChangeOutcome.Done => doneText(number),
            FilingChangeOutcome.NotChangeable => FilingDialogTexts.NotChangeable(number),
            FilingChangeOutcome.NotReportable => FilingDialogTexts.NotReportable(number),
            FilingChangeOutcome.Conflict => FilingDialogTexts.Conflict(number),
            _ => FilingDialogTexts.NotFound,
        };
    }
}
