using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.AuditProjects;

/// <summary>查看完整条文: sends 审计“四严禁”工作要求 and 审计“八不准”工作纪律 word for word, numbered, as a plain message
/// (every channel shows it whole). Opened by the button of every message that names them, or typed.</summary>
public sealed class AuditDisciplineDialog : BotDialog
{
    public const string DialogId = DialogIds.AuditDiscipline;
    private const string StepsId = DialogId + ".steps";

    public AuditDisciplineDialog()
        : base(DialogId) =>
        AddDialog(new WaterfallDialog(StepsId, [ShowAsync]));

    public override string Name => AuditProjectTexts.ShowDiscipline;

    public override string HelpLine => AuditProjectDialogTexts.DisciplineHelp;

    public override IReadOnlyList<string> Keywords => [AuditProjectTexts.ShowDiscipline, "四严禁", "八不准", "纪律条文"];

    public override bool InMenu => false;

    private static async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Send(new OutboundMessage(AuditDiscipline.FullText(), AuditProjectDialogTexts.DisciplineTitle));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
