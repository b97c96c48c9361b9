using Lianzheng.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence;

internal sealed class StaffConfiguration : IEntityTypeConfiguration<Staff>
{
    public void Configure(EntityTypeBuilder<Staff> builder)
    {
        builder.Property(s => s.EmployeeNo).HasMaxLength(32);
        builder.HasIndex(s => s.EmployeeNo).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.HasIndex(s => s.Email);
        builder.Property(s => s.Mobile).HasMaxLength(32);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.HasOne(s => s.Section).WithMany(s => s.Members).HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Roles).WithOne().HasForeignKey(r => r.StaffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.ChannelIdentities).WithOne().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffRoleConfiguration : IEntityTypeConfiguration<StaffRoleAssignment>
{
    public void Configure(EntityTypeBuilder<StaffRoleAssignment> builder)
    {
        builder.ToTable("StaffRoles");
        builder.HasKey(r => new { r.StaffId, r.Role });
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

internal sealed class OversightConfiguration : IEntityTypeConfiguration<Oversight>
{
    public void Configure(EntityTypeBuilder<Oversight> builder)
    {
        builder.HasKey(o => new { o.LeaderId, o.SectionId });
        builder.HasOne(o => o.Leader).WithMany().HasForeignKey(o => o.LeaderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Section).WithMany().HasForeignKey(o => o.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChannelIdentityConfiguration : IEntityTypeConfiguration<ChannelIdentity>
{
    public void Configure(EntityTypeBuilder<ChannelIdentity> builder)
    {
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.ChannelUserId).HasMaxLength(256);
        builder.HasIndex(c => new { c.Channel, c.ChannelUserId }).IsUnique();
        builder.HasIndex(c => new { c.StaffId, c.Channel }).IsUnique();
    }
}

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.HasOne(f => f.Filer).WithMany().HasForeignKey(f => f.FilerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.FilerId, f.Status });
        builder.Property(f => f.SubmissionKey).HasMaxLength(64);
        builder.HasIndex(f => f.SubmissionKey).IsUnique();
        builder.Property(f => f.Place).HasMaxLength(200);
        builder.Property(f => f.Destination).HasMaxLength(200);
        builder.Property(f => f.Purpose).HasMaxLength(200);
        builder.Property(f => f.Companions).HasMaxLength(200);
        builder.Property(f => f.WithdrawalReason).HasMaxLength(200);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.IsBanquet);
        builder.OwnsOne(f => f.FollowUp, followUp =>
        {
            followUp.Property(r => r.Note).HasMaxLength(500);
        });
    }
}

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(300);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.SourceKey).HasMaxLength(200);
        builder.HasIndex(m => m.SourceKey).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.ConfirmLabel).HasMaxLength(16);
        builder.Ignore(m => m.RequiresConfirmation);
        builder.HasIndex(m => m.RemindAt);
        builder.HasMany(m => m.Deliveries).WithOne(d => d.Message).HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(d => d.Channel).HasMaxLength(16);
        builder.HasIndex(d => new { d.MessageId, d.RecipientId, d.Channel }).IsUnique();
        builder.HasIndex(d => new { d.Channel, d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.RecipientId, d.Channel, d.Id });
        builder.HasIndex(d => new { d.MessageId, d.ConfirmedAt });
        builder.HasOne(d => d.Recipient).WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Property(d => d.ChannelMessageId).HasMaxLength(300);
        builder.Property(d => d.LeaseOwner).HasMaxLength(200);
        builder.Property(d => d.CallKey).HasMaxLength(80);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        // A chain cannot fork: no two entries may follow the same predecessor.
        builder.HasIndex(a => a.PreviousHash).IsUnique();
        // The latest entry about a record, looked up when the record changes.
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class InboundWorkConfiguration : IEntityTypeConfiguration<InboundWork>
{
    public void Configure(EntityTypeBuilder<InboundWork> builder)
    {
        builder.Property(w => w.Channel).HasMaxLength(16);
        builder.Property(w => w.DedupKey).HasMaxLength(300);
        builder.Property(w => w.OrderKey).HasMaxLength(300);
        builder.Property(w => w.LastError).HasMaxLength(500);
        builder.HasIndex(w => new { w.Channel, w.DedupKey }).IsUnique();
        builder.HasIndex(w => w.ProcessedAt);
        builder.HasIndex(w => w.RepliedAt);
    }
}

internal sealed class TeamsConversationConfiguration : IEntityTypeConfiguration<TeamsConversation>
{
    public void Configure(EntityTypeBuilder<TeamsConversation> builder)
    {
        builder.Property(c => c.TeamsUserId).HasMaxLength(300);
        builder.HasIndex(c => c.TeamsUserId).IsUnique();
        builder.HasIndex(c => c.StaffId);
        builder.Property(c => c.AadObjectId).HasMaxLength(64);
        builder.Property(c => c.UserName).HasMaxLength(200);
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.ServiceUrl).HasMaxLength(500);
        builder.Property(c => c.ConversationId).HasMaxLength(500);
        builder.Property(c => c.BotId).HasMaxLength(300);
    }
}

internal sealed class ChannelTenantConfiguration : IEntityTypeConfiguration<ChannelTenant>
{
    public void Configure(EntityTypeBuilder<ChannelTenant> builder)
    {
        builder.HasKey(t => t.Channel);
        builder.Property(t => t.Channel).HasMaxLength(16);
        builder.Property(t => t.TenantId).HasMaxLength(64);
    }
}

internal sealed class IntegrityTalkConfiguration : IEntityTypeConfiguration<IntegrityTalk>
{
    public void Configure(EntityTypeBuilder<IntegrityTalk> builder)
    {
        builder.Property(t => t.Summary).HasMaxLength(1000);
        builder.HasOne(t => t.Leader).WithMany().HasForeignKey(t => t.LeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.LeaderId, t.HeldOn });
        builder.HasIndex(t => t.AuditProjectId);
        builder.Property(t => t.SourceKey).HasMaxLength(320);
        builder.HasIndex(t => t.SourceKey).IsUnique();
        builder.OwnsMany(t => t.Participants, participants =>
        {
            participants.ToTable("TalkParticipants");
            participants.WithOwner().HasForeignKey(p => p.TalkId);
            participants.HasKey(p => new { p.TalkId, p.StaffId });
            participants.HasOne(p => p.Staff).WithMany().HasForeignKey(p => p.StaffId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class AuditProjectConfiguration : IEntityTypeConfiguration<AuditProject>
{
    public void Configure(EntityTypeBuilder<AuditProject> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasOne(p => p.TeamLeader).WithMany().HasForeignKey(p => p.TeamLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ResponsibleLeader).WithMany().HasForeignKey(p => p.ResponsibleLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.StartDate);
        builder.Property(p => p.SourceKey).HasMaxLength(320);
        builder.HasIndex(p => p.SourceKey).IsUnique();
        builder.OwnsMany(p => p.Members, members =>
        {
            members.ToTable("AuditProjectMembers");
            members.WithOwner().HasForeignKey(m => m.ProjectId);
            members.HasKey(m => new { m.ProjectId, m.StaffId });
            members.HasOne(m => m.Staff).WithMany().HasForeignKey(m => m.StaffId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class ImportedHolidayArrangementConfiguration : IEntityTypeConfiguration<ImportedHolidayArrangement>
{
    public void Configure(EntityTypeBuilder<ImportedHolidayArrangement> builder)
    {
        builder.HasKey(a => a.Year);
        builder.Property(a => a.Year).ValueGeneratedNever();
    }
}

internal sealed class RecurringMessageConfiguration : IEntityTypeConfiguration<RecurringMessage>
{
    public void Configure(EntityTypeBuilder<RecurringMessage> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.ConfirmLabel).HasMaxLength(16);
        builder.HasIndex(m => new { m.IsActive, m.SenderId });
    }
}

internal sealed class HolidayTemplateConfiguration : IEntityTypeConfiguration<HolidayTemplate>
{
    public void Configure(EntityTypeBuilder<HolidayTemplate> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(32);
        builder.Property(t => t.Text).HasMaxLength(2000);
    }
}
