using Lianzheng.Bot.AuditProjects;
using Lianzheng.Bot.Hosting;
using Lianzheng.Bot.Inbound;
using Lianzheng.Bot.LocalChat;
using Lianzheng.Bot.Teams;
using Lianzheng.Bot.WeCom;
using Lianzheng.Bot.Workbench;

namespace Microsoft.Extensions.DependencyInjection;

public static class BotHostExtensions
{
    /// <summary>The host's own parts: start-up work (migrations, demo data), health checks and the channels.</summary>
    public static WebApplicationBuilder AddBotHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddHostedService<AuditVerificationService>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddSingleton<InboundQueue>();
        builder.Services.AddSingleton<InboundReplies>();
        builder.Services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<InboundRetention>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<InboundRetention>());
        builder.Services.AddHostedService<InboundWorker>();
        builder.AddLocalChat();
        builder.AddTeamsChannel();
        builder.AddWeComChannel();
        builder.AddFeedbackPage();
        builder.AddWorkbench();
        return builder;
    }

    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapLocalChat();
        app.MapTeams();
        app.MapWeCom();
        app.MapDisciplineNotices();
        app.MapFeedbackPage();
        app.MapWorkbench();
        return app;
    }
}
