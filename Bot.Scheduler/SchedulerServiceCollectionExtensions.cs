using Lianzheng.Scheduler;
using Lianzheng.Scheduler.AuditProjects;
using Lianzheng.Scheduler.Duties;
using Lianzheng.Scheduler.Filings;
using Lianzheng.Scheduler.Holidays;
using Lianzheng.Scheduler.Outbox;
using Lianzheng.Scheduler.Talks;
using Lianzheng.Scheduler.Travel;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class SchedulerServiceCollectionExtensions
{
    /// <summary>Background work: the outbox dispatcher (the channels register their senders in the host) and the
    /// scheduled duties on Quartz (holiday messages, talk-due notices, pre-audit calls, follow-ups, reminders).</summary>
    public static IHostApplicationBuilder AddBotScheduler(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DeliveryDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryDispatcher>());

        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<HolidayMessages>();
        builder.Services.AddScoped<ReminderSweep>();
        builder.Services.AddScoped<TalkDueNotices>();
        builder.Services.AddScoped<TalkFollowUpReminders>();
        builder.Services.AddScoped<PreAuditTalkCalls>();
        builder.Services.AddScoped<FieldworkDuties>();
        builder.Services.AddScoped<FollowUpChasers>();
        builder.Services.AddScoped<ReviewReminders>();
        builder.Services.AddScoped<DocumentReturnChasers>();
        builder.Services.AddScoped<DailyDuties>();
        SchedulerSetup.AddQuartzScheduler(builder);
        return builder;
    }
}
