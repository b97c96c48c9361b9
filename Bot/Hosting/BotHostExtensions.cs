using Lianzheng.Bot.AuditProjects;
using Lianzheng.Core.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
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
        builder.Services.AddOptions<HttpProxyOptions>().BindConfiguration(HttpProxyOptions.SectionName)
            .Validate(o => o.IsValid, HttpProxyOptions.InvalidProxyMessage).ValidateOnStart();
        builder.Services.AddHostedService<AuditVerificationService>();
        builder.Services.AddSingleton<IProcessMemory, RuntimeProcessMemory>();
        builder.Services.AddHostedService<IdleMemoryTrim>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthTags.Ready]);
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
        // Every check, each reported on its own (JSON); for a load balancer: ready (database, migrations, scheduler; a
        // scheduler in standby is Degraded, still 200) and live (the process answers: no check, so a database outage
        // takes replicas out of rotation without having them restarted).
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapLocalChat();
        app.MapTeams();
        app.MapWeCom();
        app.MapDisciplineNotices();
        app.MapFeedbackPage();
        app.MapWorkbench();
        return app;
    }
}
