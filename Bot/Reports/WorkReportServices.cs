using Lianzheng.Bot.Workbench.Exports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lianzheng.Bot.Reports;

/// <summary>Registers the work report's files for the web host (the 工作台) and the CLI host (<c>report</c>).</summary>
public static class WorkReportServices
{
    public static IServiceCollection AddWorkReports(this IServiceCollection services)
    {
        services.TryAddSingleton<ExportWriter>();
        services.TryAddScoped<WorkReportFiles>();
        return services;
    }
}
