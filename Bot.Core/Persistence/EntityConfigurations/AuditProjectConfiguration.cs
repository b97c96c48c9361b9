using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

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
        builder.Property(p => p.FeedbackCode).HasMaxLength(AccessCodes.Length);
        builder.HasIndex(p => p.FeedbackCode).IsUnique();
        builder.Property(p => p.NoticeCode).HasMaxLength(AccessCodes.Length);
        builder.HasIndex(p => p.NoticeCode).IsUnique();
        builder.OwnsMany(p => p.Members, members =>
        {
            members.ToTable("AuditProjectMembers");
            members.WithOwner().HasForeignKey(m => m.ProjectId);
            members.HasKey(m => new { m.ProjectId, m.StaffId });
            members.HasOne(m => m.Staff).WithMany().HasForeignKey(m => m.StaffId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
