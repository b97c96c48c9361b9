using System.Text.Json.Nodes;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.AuditProjects;

/// <summary>Asks for an audit team by name until every name is exactly one active person in the directory; ends with
/// name → staff id.</summary>
internal sealed class TeamMembersDialog : ComponentDialog
{
    public const string DialogId = "team-members";
    private const string StepsId = DialogId + ".steps";
    private static readonly char[] NameSeparators = ['、', '，', ',', ' ', '　', ';', '；'];

    private readonly StaffDirectory _directory;

    public TeamMembersDialog(StaffDirectory directory)
        : base(DialogId)
    {
        _directory = directory;
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, CheckAsync]));
        AddPrompts();
    }

    /// <summary>Options of the steps when asking again: the names not found.</summary>
    private sealed record Retry(string Unknown);

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.OptionsNode is JsonObject && step.Options<Retry>() is { } retry
            ? AuditProjectDialogTexts.UnknownMembers(retry.Unknown, AuditProjectDialogTexts.ExampleMembers)
            : AuditProjectDialogTexts.AskMembers;
        return step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(question, AuditProjectDialogTexts.ExampleMembers, 500), cancellationToken);
    }

    private async Task<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var names = ((string)step.Result!).Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var found = await _directory.ActiveNamedAsync(names, cancellationToken);
        var unknown = names.Where(n => found.Count(f => f.Name == n) != 1).ToList();
        if (unknown.Count > 0)
        {
            return await step.ReplaceDialogAsync(StepsId, new Retry(string.Join("、", unknown)), cancellationToken);
        }

        return await step.EndDialogAsync(found.ToDictionary(f => f.Name, f => f.Id), cancellationToken);
    }
}
