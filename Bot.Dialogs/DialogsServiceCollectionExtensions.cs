using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Integrity;
using Lianzheng.Dialogs.Routing;
using Lianzheng.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The dialog engine, every dialog (in menu order) and the turn handler every channel calls.</summary>
    public static IHostApplicationBuilder AddBotDialogs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotDialog<FileEventDialog>();
        services.AddBotDialog<MyFilingsDialog>();
        services.AddBotDialog<ReportFilingDialog>();
        services.AddBotDialog<AmendFilingDialog>();
        services.AddBotDialog<WithdrawFilingDialog>();
        services.AddBotDialog<RecordTalkDialog>();
        services.AddBotDialog<TalkProgressDialog>();
        services.AddBotDialog<SendIntegrityMessageDialog>();
        services.AddBotDialog<RegisterAuditProjectDialog>();
        services.AddBotDialog<ConfirmationStatusDialog>();
        services.AddBotDialog<StopMonthlyMessageDialog>();
        services.AddBotDialog<EditHolidayTemplateDialog>();
        services.TryAddSingleton<DialogCatalog>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<BotTurnHandler>();
        return builder;
    }

    private static void AddBotDialog<TDialog>(this IServiceCollection services)
        where TDialog : BotDialog =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<BotDialog, TDialog>());
}
