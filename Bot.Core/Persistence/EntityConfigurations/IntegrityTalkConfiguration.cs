using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class IntegrityTalkConfiguration : IEntityTypeConfiguration<IntegrityTalk>
{
    public void Configure(EntityTypeBuilder<IntegrityTalk> builder)
    {
        builder.Property(t => t.Summary).HasMaxLength(1000);
        // Talks recorded before kinds existed are 日常廉政谈话; their pre-audit talks are known by AuditProjectId.
        builder.Property(t => t.Kind).HasDefaultValue(TalkKind.Routine).HasSentinel((TalkKind)0);
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
