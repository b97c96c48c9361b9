using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Talks;

/// <summary>谈话进度: each leader × overseen section head pair with this year's talks against the quota. A leader sees
/// his own pairs; the party secretary and the integrity supervisors see everyone's, and the secretary's own with each
/// 班子成员 (against Talks:SecretaryWithLeadersPerYear).</summary>
public sealed class TalkProgressDialog : BotDialog
{
    public const string DialogId = DialogIds.TalkProgress;
    private const string StepsId = DialogId + ".steps";

    private readonly TalkService _talks;
    private readonly int _required;
    private readonly TalkOptions _options;

    public TalkProgressDialog(TalkService talks, IOptions<TalkOptions> options)
        : base(DialogId)
    {
        _talks = talks;
        _options = options.Value;
        _required = _options.RequiredPerYear;
        AddDialog(new WaterfallDialog(StepsId, [ShowAsync]));
    }

    public override string Name => TalkDialogTexts.TalkProgressName;

    public override string HelpLine => TalkDialogTexts.TalkProgressHelp(_required);

    public override IReadOnlyList<string> Keywords => [TalkDialogTexts.TalkProgressName, "谈话情况"];

    public override bool IsAvailableTo(Staff staff) =>
        staff.HasRole(StaffRole.Leader) || staff.HasRole(StaffRole.PartySecretary) || staff.HasRole(StaffRole.IntegritySupervisor)
        || staff.HasRole(StaffRole.DisciplineInspectionGroup);

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = step.Turn.User;
        var year = step.Turn.Today.Year;
        var seesAll = user.HasRole(StaffRole.PartySecretary) || user.HasRole(StaffRole.IntegritySupervisor) || user.HasRole(StaffRole.DisciplineInspectionGroup);
        var pairs = await _talks.ProgressAsync(seesAll ? null : user.Id, year, cancellationToken);
        var secretaryPairs = seesAll ? await _talks.SecretaryProgressAsync(null, year, cancellationToken) : [];
        var title = TalkDialogTexts.TalkProgressTitle(year);
        if (pairs.Count == 0 && secretaryPairs.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(TalkDialogTexts.TalkProgressNone, title));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var blocks = new List<string>();
        if (pairs.Count > 0)
        {
            var done = pairs.Count(p => p.Held >= _required);
            blocks.Add(TalkDialogTexts.TalkProgressSummary(pairs.Count, done, pairs.Count - done));
            blocks.AddRange(pairs.Select(p => TalkDialogTexts.TalkProgressLine(
                p.LeaderName, p.HeadName, p.SectionName, p.Held, _required) + (p.Held >= _required ? " ✓" : "")));
        }

        if (secretaryPairs.Count > 0)
        {
            var required = _options.SecretaryWithLeadersPerYear;
            blocks.Add(TalkDialogTexts.SecretaryProgressHeader(required)
                + TalkDialogTexts.SecretaryProgressSummary(secretaryPairs.Count, secretaryPairs.Count(p => p.Held >= required)));
            blocks.AddRange(secretaryPairs.Select(p => TalkDialogTexts.SecretaryProgressLine(p.LeaderName, p.HeadName, p.Held, required)
                + (p.Held >= required ? " ✓" : "")));
        }

        var buttons = user.HasRole(StaffRole.Leader) || user.HasRole(StaffRole.PartySecretary)
            ? new[] { new MessageButton(TalkDialogTexts.RecordTalkName, Actions.Start(RecordTalkDialog.DialogId)) }
            : null;
        step.Turn.Send(new OutboundMessage(string.Join("\n", blocks), title, Buttons: buttons));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
