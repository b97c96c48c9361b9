using Lianzheng.Core.Announcements;
using Lianzheng.Core.Audit;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Conversations;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Travel;
using Lianzheng.Core.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lianzheng.Core.Persistence;

public sealed class LianzhengDbContext : DbContext
{
    /// <summary>Refuses options without <see cref="SaveRulesInterceptor"/>: a context that saved without the rules could
    /// change the audit trail or overwrite a row without moving its version.</summary>
    public LianzhengDbContext(DbContextOptions<LianzhengDbContext> options)
        : base(options)
    {
        if (options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(SaveRulesInterceptor.Instance) != true)
        {
            throw new InvalidOperationException(
                "LianzhengDbContext needs SaveRulesInterceptor: build its options with .AddInterceptors(SaveRulesInterceptor.Instance).");
        }
    }

    public DbSet<Staff> Staff => Set<Staff>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Oversight> Oversights => Set<Oversight>();

    public DbSet<StaffRoleAssignment> StaffRoles => Set<StaffRoleAssignment>();

    public DbSet<ChannelIdentity> ChannelIdentities => Set<ChannelIdentity>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<FilingReview> FilingReviews => Set<FilingReview>();

    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<DispatcherHeartbeat> DispatcherHeartbeats => Set<DispatcherHeartbeat>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<InboundWork> InboundWork => Set<InboundWork>();

    public DbSet<TeamsConversation> TeamsConversations => Set<TeamsConversation>();

    public DbSet<ChannelTenant> ChannelTenants => Set<ChannelTenant>();

    public DbSet<IntegrityTalk> IntegrityTalks => Set<IntegrityTalk>();

    public DbSet<AuditProject> AuditProjects => Set<AuditProject>();

    public DbSet<DeclinedOffer> DeclinedOffers => Set<DeclinedOffer>();

    public DbSet<ExecutionReport> ExecutionReports => Set<ExecutionReport>();

    public DbSet<AuditFeedback> AuditFeedback => Set<AuditFeedback>();

    public DbSet<SignInTicket> SignInTickets => Set<SignInTicket>();

    public DbSet<RecordView> RecordViews => Set<RecordView>();

    public DbSet<RecurringAnnouncement> RecurringAnnouncements => Set<RecurringAnnouncement>();

    public DbSet<HolidayTemplate> HolidayTemplates => Set<HolidayTemplate>();

    public DbSet<ImportedHolidayArrangement> ImportedHolidayArrangements => Set<ImportedHolidayArrangement>();

    public DbSet<TravelDocument> TravelDocuments => Set<TravelDocument>();

    public DbSet<DocumentCheckout> DocumentCheckouts => Set<DocumentCheckout>();

    /// <summary>An instant is stored as its UTC ticks on both databases: SQLite cannot compare or order DateTimeOffset
    /// stored as text, and PostgreSQL's timestamptz keeps microseconds only, so a time read back would differ from the
    /// one written (and from the state an audit entry recorded). Ticks order correctly and read back unchanged, the same
    /// on both.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LianzhengDbContext).Assembly);

    /// <summary>A unit of work (a turn) is open on this context: its first write begins a transaction that the unit of
    /// work commits, and every later write joins it. Until then its reads run without a transaction, so they hold no
    /// lock and no place in the SQLite write gate.</summary>
    public bool InUnitOfWork { get; set; }
}
