using System.Globalization;
using System.Text.Json.Nodes;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Picking one of the user's filings: by a button's argument ("start:amend-filing:12") or from a list.</summary>
internal static class FilingChoice
{
    public const int MaxListed = 20;

    public static IEnumerable<string> Labels(IEnumerable<Filing> filings) => filings.Take(MaxListed).Select(FilingTexts.ButtonLabel);

    /// <summary>The filing id in a label ("#12 婚嫁 12月5日") or in a dialog's start argument ("12").</summary>
    public static int? IdOf(object? value)
    {
        var text = value switch
        {
            string s => s,
            JsonValue node when node.TryGetValue<string>(out var s) => s,
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        var digits = new string(text.TrimStart('#').TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>The filing the dialog was started for, if a button named one.</summary>
    public static int? FromArgument(WaterfallStepContext step) => IdOf(step.OptionsNode);

    /// <summary>The first step of a dialog about one filing: the filing its button named, else the only one of the user's filings that qualifies, else a choice among them, else a word that there is none. The next step receives a label or an id.</summary>
    public static async Task<DialogTurnResult> PickAsync(
        WaterfallStepContext step, FilingService filingService, Func<Filing, DateOnly, bool> qualifies, string chooseText, string noneText,
        string title, CancellationToken cancellationToken)
    {
        if (FromArgument(step) is { } id)
        {
            return await step.NextAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken);
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
            ? await step.NextAsync(filings[0].Id.ToString(CultureInfo.InvariantCulture), cancellationToken)
            : await step.PromptAsync(PromptIds.Choice, FilingQuestions.Choice(chooseText, Labels(filings), title), cancellationToken);
    }

    /// <summary>Loads the picked filing and checks it still qualifies; says why not and returns null otherwise.</summary>
    public static async Task<Filing?> LoadAsync(
        WaterfallStepContext step, FilingService filingService, int? filingId, Func<Filing, DateOnly, bool> qualifies, string notQualifiedText,
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
            step.Turn.Send(new OutboundMessage(string.Format(CultureInfo.InvariantCulture, notQualifiedText, FilingTexts.Number(filing)),
                Facts: FilingTexts.Facts(filing)));
            return null;
        }

        return filing;
    }

    /// <summary>Tells the user how a change went, with the filing as it now stands, and ends the dialog.</summary>
    public static async Task<DialogTurnResult> EndWithOutcomeAsync(
        WaterfallStepContext step, FilingService filingService, int filingId, FilingChangeOutcome outcome, string doneText, string title,
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
    public static string Explain(FilingChangeOutcome outcome, int filingId, string doneText)
    {
        var number = "#" + filingId.ToString(CultureInfo.InvariantCulture);
        var text = outcome switch
        {
            FilingChangeOutcome.Done => doneText,
            FilingChangeOutcome.NotChangeable => FilingDialogTexts.NotChangeable,
            FilingChangeOutcome.NotReportable => FilingDialogTexts.NotReportable,
            FilingChangeOutcome.Conflict => FilingDialogTexts.Conflict,
            _ => FilingDialogTexts.NotFound,
        };
        return string.Format(CultureInfo.InvariantCulture, text, number);
    }
}
