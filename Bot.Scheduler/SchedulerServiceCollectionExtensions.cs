using Lianzheng.Scheduler.Delivery;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class SchedulerServiceCollectionExtensions
{
    /// <summary>Background work: the outbox dispatcher (the channels register their senders in the host).</summary>
    public static IHostApplicationBuilder AddBotScheduler(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DeliveryDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryDispatcher>());
        return builder;
    }
}
