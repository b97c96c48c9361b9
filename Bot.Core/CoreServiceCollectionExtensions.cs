using Lianzheng.Core.Announcements;
using Lianzheng.Core.Audit;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Travel;
using Lianzheng.Core.Reports;
using Lianzheng.Core.Workbench;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Domain services and persistence: the database chosen by Database:Provider, the audit trail, the outbox.</summary>
    public static IHostApplicationBuilder AddBotCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BureauOptions>()
            .BindConfiguration(BureauOptions.SectionName)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Bureau:TimeZone is not a time zone this machine knows; use an IANA id such as Asia/Shanghai (install tzdata if needed). " +
                "Bureau:TimeZone 不是本机可识别的时区，请填写 IANA 时区名，例如 Asia/Shanghai（必要时安装 tzdata）。")
            .Validate(o => o.HasValidPublicBaseUrl,
                "Bureau:PublicBaseUrl must be an absolute http(s) URL, such as https://lianzheng.example.gov.cn. " +
                "Bureau:PublicBaseUrl（对外访问地址）须为完整的 http(s) 地址，例如 https://lianzheng.example.gov.cn。")
            .ValidateOnStart();
        services.AddSingleton<BureauClock>();

        var defaultConnection = DatabaseOptions.DefaultConnectionString(builder.Environment.ContentRootPath);
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? defaultConnection)
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != DatabaseProvider.Postgres || DatabaseOptions.IsPostgresConnectionString(o.ConnectionString),
                DatabaseOptions.PostgresConnectionMessage)
            .ValidateOnStart();

        services.AddSingleton(sp => DatabaseBackend.For(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddDbContextPool<LianzhengDbContext>((sp, options) =>
        {
            options.AddInterceptors(SaveRulesInterceptor.Instance);
            sp.GetRequiredService<DatabaseBackend>().Configure(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        });
        services.AddSingleton<DatabaseMigrator>();
        var production = builder.Environment.IsProduction();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName)
            .Validate(o => !production || !string.IsNullOrEmpty(o.Key), AuditOptions.KeyRequiredMessage)
            .Validate<IOptions<DatabaseOptions>>((o, database) => database.Value.Provider != DatabaseProvider.Postgres
                || (!string.IsNullOrEmpty(o.Key) && !string.IsNullOrEmpty(o.AnchorPath)), AuditOptions.PostgresNeedsKeyAndAnchorMessage)
            .Validate(o => string.IsNullOrEmpty(o.Key) || o.Key.Length >= AuditOptions.MinimumKeyLength, AuditOptions.KeyTooShortMessage)
            .ValidateOnStart();
        services.AddSingleton<AuditKey>();
        services.AddSingleton<AuditAnchor>();
        services.AddSingleton<AuditTrailStatus>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditAlarm>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<MessageFollowUps>();
        services.AddSingleton<ChannelUserCache>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffImporter>();
        services.AddScoped<FilingService>();
        services.AddOptions<FilingOptions>().BindConfiguration(FilingOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<HolidayCalendarStore>();
        services.AddScoped<HolidayTemplates>();
        services.AddScoped<TalkService>();
        services.AddScoped<AuditProjectService>();
        services.AddScoped<AuditFieldworkService>();
        services.AddScoped<AuditFeedbackService>();
        services.AddOptions<AuditProjectOptions>().BindConfiguration(AuditProjectOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AnnouncementService>();
        services.AddScoped<DeclinedOfferService>();
        services.AddOptions<TalkOptions>().BindConfiguration(TalkOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HolidayOptions>().BindConfiguration(HolidayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TravelOptions>().BindConfiguration(TravelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TravelCustodyService>();
        services.AddScoped<SignInTickets>();
        services.AddScoped<WorkbenchAccounts>();
        services.AddScoped<WorkbenchRecords>();
        services.AddScoped<WorkbenchMessages>();
        services.AddScoped<WorkbenchTalks>();
        services.AddScoped<WorkbenchProjects>();
        services.AddScoped<WorkbenchAuditTrail>();
        services.AddScoped<WorkbenchDirectory>();
        services.AddScoped<WorkReportBuilder>();
        services.AddOptions<WorkbenchOptions>().BindConfiguration(WorkbenchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ITripApprovalListener, DocumentCollectionNotifier>();
        return builder;
    }

    /// <summary>Lets a channel take part in deliveries.</summary>
    public static IServiceCollection AddChannelReach<TReach>(this IServiceCollection services)
        where TReach : class, IChannelReach
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelReach, TReach>());
        return services;
    }
}
