using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Holidays;
using Lianzheng.Dialogs.Offers;
using Lianzheng.Dialogs.Announcements;
using Lianzheng.Dialogs.AuditProjects;
using Lianzheng.Dialogs.Routing;
using Lianzheng.Dialogs.Talks;
using Lianzheng.Dialogs.Travel;
using Lianzheng.Dialogs.Workbench;
using Lianzheng.Dialogs.Turns;
using Lianzheng.Dialogs.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The dialog engine, every dialog (in menu order, made per turn) and the turn handler every channel calls.</summary>
    public static IHostApplicationBuilder AddBotDialogs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotDialog<FileEventDialog>();
        services.AddBotDialog<MyFilingsDialog>();
        services.AddBotDialog<ReportFilingDialog>();
        services.AddBotDialog<AmendFilingDialog>();
        services.AddBotDialog<WithdrawFilingDialog>();
        services.AddBotDialog<DeclineOfferDialog>();
        services.AddBotDialog<MyDeclinedOffersDialog>();
        services.AddBotDialog<ReviewFilingDialog>();
        services.AddBotDialog<PendingReviewsDialog>();
        services.AddBotDialog<RecordTalkDialog>();
        services.AddBotDialog<TalkProgressDialog>();
        services.AddBotDialog<SendIntegrityMessageDialog>();
        services.AddBotDialog<RegisterAuditProjectDialog>();
        services.AddBotDialog<ExecutionReportDialog>();
        services.AddBotDialog<AuditDisciplineDialog>();
        services.AddBotDialog<ConfirmationStatusDialog>();
        services.AddBotDialog<StopMonthlyMessageDialog>();
        services.AddBotDialog<EditHolidayTemplateDialog>();
        services.AddBotDialog<DocumentLedgerDialog>();
        services.AddBotDialog<RegisterDocumentDialog>();
        services.AddBotDialog<DrawDocumentDialog>();
        services.AddBotDialog<ReturnDocumentDialog>();
        services.AddBotDialog<WorkbenchDialog>();
        services.TryAddSingleton<ChineseSegmenter>();
        services.TryAddSingleton<SentenceReader>();
        services.TryAddScoped<DialogCatalog>();
        services.TryAddScoped<TurnRouter>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<BotTurnHandler>();
        return builder;
    }

    // A dialog is made for each turn, in the turn's scope: it takes the domain services it uses as constructor
    // parameters, and those are the turn's, on the turn's database context and transaction (see BotTurnHandler).
    // A dialog keeps nothing between turns; its progress lives in the conversation's stored dialog stack.
    private static void AddBotDialog<TDialog>(this IServiceCollection services)
        where TDialog : BotDialog =>
        services.TryAddEnumerable(ServiceDescriptor.Scoped<BotDialog, TDialog>());
}
