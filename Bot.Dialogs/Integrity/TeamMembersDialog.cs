using System.Globalization;
using System.Text.Json.Nodes;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Integrity;

/// <summary>Asks for an audit team by name until every name is exactly one active person in the directory; ends with
/// name → staff id.</summary>
internal sealed class TeamMembersDialog : ComponentDialog
{
    public const string DialogId = "team-members";
    private static readonly char[] NameSeparators = ['、', '，', ',', ' ', '　', ';', '；'];

    private readonly StaffDirectory _directory;

    public TeamMembersDialog(StaffDirectory directory)
        : base(DialogId)
    {
        _directory = directory;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskAsync, CheckAsync]));
        AddPrompts();
    }

    private sealed record Retry(string Unknown);

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.OptionsNode is JsonObject && step.Options<Retry>() is { } retry
            ? string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.UnknownMembers, retry.Unknown, IntegrityDialogTexts.ExampleMembers)
            : IntegrityDialogTexts.AskMembers;
        return step.PromptAsync(PromptIds.Text, PromptOptions.Ask(question, IntegrityDialogTexts.ExampleMembers, new JsonObject { ["maxLength"] = 500 }), cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var names = ((string)step.Result!).Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var found = await _directory.ActiveNamedAsync(names, cancellationToken);
        var unknown = names.Where(n => found.Count(f => f.Name == n) != 1).ToList();
        if (unknown.Count > 0)
        {
            return await step.ReplaceDialogAsync(DialogId + ".steps", new Retry(string.Join("、", unknown)), cancellationToken);
        }

        return await step.EndDialogAsync(found.ToDictionary(f => f.Name, f => f.Id), cancellationToken);
    }
}
